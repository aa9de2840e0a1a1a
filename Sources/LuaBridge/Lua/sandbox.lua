-- The sandbox of a LuaState. Runs once per state, before any script, with the full base
-- library; scripts never see this chunk's upvalues.
--
-- Receives the host's hooks: host.print(text), host.find_module(roots, name) -> source, chunkname
-- or nil, message. Returns new_environment(roots): a fresh global table for one bundle, whose
-- missing globals are looked up in the shared, read-only builtins.

local host, random_seed = ...

local error, type, select, tostring, rawset, next = error, type, select, tostring, rawset, next
local setmetatable, load, concat = setmetatable, load, table.concat

-- What scripts are told when they reach for something the sandbox leaves out.
local function refuse(name, why)
  error(name .. " is not available in the sandbox" .. (why and (" (" .. why .. ")") or ""), 3)
end

-- Tables that scripts may read but not change; rawset is guarded against them too.
local frozen = setmetatable({}, { __mode = "k" })

local function freeze(real, name, missing)
  local proxy = {}
  frozen[proxy] = true
  if missing then
    setmetatable(real, {
      __index = function(_, key)
        local why = missing[key]
        if why then refuse(name .. "." .. tostring(key), why ~= true and why or nil) end
      end,
    })
  end
  return setmetatable(proxy, {
    __index = real,
    __newindex = function(_, key)
      error("cannot change " .. name .. "." .. tostring(key) .. ": library tables are shared and read-only", 2)
    end,
    __pairs = function() return next, real, nil end,
    __len = function() return #real end,
    __metatable = false,
  })
end

-- string: no dump (bytecode is never loaded); strings' metatable is hidden.
local string_lib = string
string_lib.dump = nil
getmetatable("").__metatable = false

local os_lib = { clock = os.clock, date = os.date, time = os.time, difftime = os.difftime }
local debug_lib = { traceback = debug.traceback }

math.randomseed(random_seed)

local safe_collectgarbage = collectgarbage
local allowed_gc = { count = true, collect = true, step = true, isrunning = true }

local builtins = {
  _VERSION = _VERSION,
  assert = assert, error = error, getmetatable = getmetatable, ipairs = ipairs, next = next,
  pairs = pairs, pcall = pcall, rawequal = rawequal, rawget = rawget, rawlen = rawlen,
  select = select, setmetatable = setmetatable, tonumber = tonumber, tostring = tostring,
  type = type, xpcall = xpcall,
  string = freeze(string_lib, "string", { dump = "bytecode cannot be loaded" }),
  table = freeze(table, "table"),
  math = freeze(math, "math"),
  utf8 = freeze(utf8, "utf8"),
  coroutine = freeze(coroutine, "coroutine"),
  os = freeze(os_lib, "os", {
    execute = "scripts cannot run programs", exit = "scripts cannot end the host",
    getenv = "scripts cannot read the environment", remove = "scripts cannot touch files",
    rename = "scripts cannot touch files", tmpname = "scripts cannot touch files",
    setlocale = true,
  }),
  debug = freeze(debug_lib, "debug", setmetatable({}, { __index = function() return true end })),
}

function builtins.rawset(t, key, value)
  if frozen[t] then error("cannot change a library table: they are shared and read-only", 2) end
  return rawset(t, key, value)
end

function builtins.collectgarbage(option, ...)
  option = option or "collect"
  if not allowed_gc[option] then
    error("collectgarbage('" .. tostring(option) .. "') is not allowed in the sandbox", 2)
  end
  return safe_collectgarbage(option, ...)
end

function builtins.print(...)
  local n = select("#", ...)
  local parts = {}
  for i = 1, n do parts[i] = tostring((select(i, ...))) end
  host.print(concat(parts, "\t"))
end

-- Globals a script may try that the sandbox removed on purpose.
local blocked = {
  io = "scripts cannot read or write files",
  package = "use require to load Lua files of the bundle",
  dofile = "use require to load Lua files of the bundle",
  loadfile = "use require to load Lua files of the bundle",
  loadstring = "use load with a string",
}
setmetatable(builtins, {
  __index = function(_, key)
    local why = blocked[key]
    if why then refuse(tostring(key), why ~= true and why or nil) end
  end,
})

local function new_environment(roots)
  local env = {}
  local loaded = {}
  local loading = {}

  function env.load(chunk, chunkname, mode, chosen_env)
    if mode ~= nil and mode ~= "t" then
      error("load: only text chunks can be loaded in the sandbox (mode 't')", 2)
    end
    if chosen_env == nil then chosen_env = env end
    return load(chunk, chunkname, "t", chosen_env)
  end

  function env.require(name)
    if type(name) ~= "string" then
      error("bad argument #1 to 'require' (string expected, got " .. type(name) .. ")", 2)
    end
    local value = loaded[name]
    if value ~= nil then return value end
    if loading[name] then error("require: '" .. name .. "' requires itself (a loop of requires)", 2) end
    local source, chunkname = host.find_module(roots, name)
    if source == nil then error(chunkname, 2) end
    local chunk, message = load(source, "@" .. chunkname, "t", env)
    if chunk == nil then error(message, 2) end
    loading[name] = true
    value = chunk(name, chunkname)
    loading[name] = nil
    if value == nil then value = true end
    loaded[name] = value
    return value
  end

  env._G = env
  return setmetatable(env, { __index = builtins, __metatable = false })
end

return new_environment
