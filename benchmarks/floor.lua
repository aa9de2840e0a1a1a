-- The floor of a headless run (scripts/bench): the same tool and answers driven by plain lua5.4,
-- with profint's own authoring library and session driver, and nothing else: no sandbox, no
-- catalog, no validation, no store, no report.
--   lua5.4 benchmarks/floor.lua BUNDLE-FOLDER TOOL-FILE ANSWERS.lua
local folder, tool_file, answers_file = ...
package.path = folder .. "/?.lua;" .. package.path

local library = assert(loadfile("Sources/ProfintCore/Lua/authoring.lua"))(function() return nil end)
local answers = dofile(answers_file)

local env = setmetatable({}, { __index = _G })
for name, fn in pairs(library.api("bundle", "en")) do env[name] = fn end
local tool = assert(loadfile(folder .. "/" .. tool_file, "t", env))()
tool.id = "bench/tool"

local driver = coroutine.create(library.drive)
local ok, kind, question, path, resolved = coroutine.resume(driver, tool, {}, "en")
local asked = 0
while coroutine.status(driver) == "suspended" do
  assert(ok, kind)
  local value
  if kind == "ask" then
    asked = asked + 1
    value = answers[path]
    if value == nil then value = resolved.default end
  elseif kind == "invalid" then
    error("refused: " .. tostring(question))
  end
  ok, kind, question, path, resolved = coroutine.resume(driver, value)
end
assert(ok, kind)
io.write(asked, " prompts\n")
