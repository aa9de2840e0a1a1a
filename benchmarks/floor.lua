-- The floor of a headless run (scripts/bench): the same tool and answers driven by plain lua5.4,
-- with profint's own authoring library and session driver, and nothing else: no sandbox, no
-- catalog, no validation, no store, no report.
--   lua5.4 floor.lua AUTHORING.lua SCHEMA.lua BUNDLE-FOLDER TOOL-FILE ANSWERS.lua
-- AUTHORING.lua and SCHEMA.lua come from `profint-bench authoring` and `profint-bench schema`.
local authoring_file, schema_file, folder, tool_file, answers_file = ...
package.path = folder .. "/?.lua;" .. package.path

local schema = dofile(schema_file)
local library = assert(loadfile(authoring_file))(function() return nil end, schema, coroutine.yield)
local answers = dofile(answers_file)

local env = setmetatable({}, { __index = _G })
for name, fn in pairs(library.api("bundle", "en")) do env[name] = fn end
local tool = assert(loadfile(folder .. "/" .. tool_file, "t", env))()
tool.id = "bench/tool"

-- The questions by the number the driver gives them, as the host reads them.
library.number(tool)
local questions = {}
for _, step in ipairs(tool.steps) do
  for _, question in ipairs(step.questions) do questions[#questions + 1] = question end
end

local driver = coroutine.create(library.drive)
local ok, kind, number, path, _, _, default = coroutine.resume(driver, tool, {}, "en")
local asked = 0
while coroutine.status(driver) == "suspended" do
  assert(ok, kind)
  local value
  if kind == "ask" then
    asked = asked + 1
    value = answers[path]
    if value == nil then value = default end
    if value == nil and questions[number] then value = questions[number].default end
  elseif kind == "invalid" then
    error("refused: " .. tostring(number))
  end
  ok, kind, number, path, _, _, default = coroutine.resume(driver, value)
end
assert(ok, kind)
io.write(asked, " prompts\n")
