-- The sandbox of a LuaState. Runs once per state, before any script, with the full base
-- library; scripts never see this chunk's upvalues nor the real library tables.
--
-- Receives the host's hooks:
--   host.print(text)                 output, under the state's output cap
--   host.find_module(roots, name)    -> chunk (a function, not yet given its _ENV), file name;
--                                       or nil, message
--   host.budget                      charge(n), limit_hit(), budget_left() (C functions)
--   host.sealed                      weak-keyed set of the threads the host runs top levels in
--   host.matcher                     the bounded pattern matcher chunk (PatternMatcher.swift)
--   host.pattern_cost_limit          above this estimated cost, patterns run in Lua
--   host.hiding_format(format, prepare) -> the string.format scripts call (CLuaShim/format.c)
-- Returns new_environment(roots): a fresh global table for one bundle, holding its own copy of
-- the builtins; library tables in it are shared, read-only proxies.
--
-- docs/security.md explains every choice here; each divergence from stock Lua is listed there.

local host, random_seed = ...

local error, type, select, tostring, rawset, rawget, next, pcall = error, type, select, tostring, rawset, rawget, next, pcall
local setmetatable, load, concat, tointeger = setmetatable, load, table.concat, math.tointeger
local setupvalue, raw_getmetatable = debug.setupvalue, debug.getmetatable
local raw_tostring, raw_format, raw_find, unpack = tostring, string.format, string.find, table.unpack

-- No address reaches a script: where stock Lua prints one (tostring, print, string.format's %s
-- and %p), a table, function, coroutine or userdata gets a number of its own in this state
-- instead, `table: #12`, the same for the same object. An address would help an attacker who
-- found a memory-safety bug, and would make output differ from one run to the next.
local object_numbers = setmetatable({}, { __mode = "k" })
local last_object_number = 0
local referenced = { table = true, ["function"] = true, thread = true, userdata = true }

local function object_number(value)
  local number = object_numbers[value]
  if not number then
    last_object_number = last_object_number + 1
    number = last_object_number
    object_numbers[value] = number
  end
  return "#" .. number
end

-- tostring, with an object's number where stock Lua writes its address (a __tostring still
-- decides, and a __name still names the object).
local function tostring(...)
  if select("#", ...) == 0 then error("bad argument #1 to 'tostring' (value expected)", 2) end
  local value = ...
  local kind = type(value)
  if not referenced[kind] then return raw_tostring(value) end
  local meta = raw_getmetatable(value)
  if meta ~= nil and rawget(meta, "__tostring") ~= nil then return raw_tostring(value) end
  local name = meta ~= nil and rawget(meta, "__name")
  return (type(name) == "string" and name or kind) .. ": " .. object_number(value)
end
local budget, sealed = host.budget, host.sealed
local charge, limit_hit = budget.charge, budget.limit_hit

-- Returns a pcall's results, or raises its error again at `level` (2: the caller of the function
-- that tail-calls forward), so errors of the C functions wrapped below name the script's line.
local function forward(level, ok, ...)
  if ok then return ... end
  local problem = ...
  if type(problem) == "string" then error(problem, level) end
  error(problem, 0)
end

-- Tables that scripts may read but not change; rawset is guarded against them too.
local frozen = setmetatable({}, { __mode = "k" })

-- A read-only proxy of `real`. Indexing and pairs see real's contents; nothing hands out `real`
-- itself (pairs iterates with a closure and gives the proxy as its state).
local function freeze(real, name)
  local proxy = {}
  frozen[proxy] = true
  local function iterate(_, key) return next(real, key) end
  return setmetatable(proxy, {
    __index = real,
    __newindex = function(_, key)
      error("cannot change " .. name .. "." .. tostring(key) .. ": library tables are shared and read-only", 2)
    end,
    __pairs = function() return iterate, proxy, nil end,
    __len = function() return #real end,
    __metatable = false,
  })
end

-- A library as scripts see it: the real one's functions, some replaced by `overrides`. The real
-- table keeps the stock functions, where an error's message finds a wrapped function's name
-- (`bad argument #2 to 'string.rep'`); scripts never see it.
local function view(real, overrides)
  local copy = {}
  for name, value in next, real do copy[name] = value end
  for name, value in next, overrides do copy[name] = value end
  return copy
end

------------------------------------------------------------------------------------------------
-- string: no dump (bytecode is never loaded); bounded matching and repetition.

local string_lib = string
local real_rep = string_lib.rep
string_lib.dump = nil
local matcher = host.matcher({
  byte = string.byte, sub = string.sub, char = string.char, concat = table.concat,
  find = string.find, match = string.match, gmatch = string.gmatch, gsub = string.gsub,
  type = type, tostring = tostring, error = error, pcall = pcall, pairs = pairs,
  setmetatable = setmetatable, tointeger = tointeger,
}, charge, host.pattern_cost_limit)
local string_overrides = {
  find = matcher.find, match = matcher.match, gmatch = matcher.gmatch, gsub = matcher.gsub,
}

-- string.rep of empty pieces loops n times without allocating: give the empty result at once.
-- Otherwise the result's size, and so the time, is bounded by the memory cap.
function string_overrides.rep(s, n, sep)
  if type(n) == "number" and n > 1 and s == "" and (sep == nil or sep == "") then
    return forward(2, pcall(real_rep, s, 1, sep))
  end
  return forward(2, pcall(real_rep, s, n, sep))
end

-- string.format: %s of an object and %p give its number (%p of any other value gives "(null)",
-- stock Lua's word for a value with no address); the rest is stock. host.hiding_format (C) calls
-- prepare only for a format with a %p or an object among the arguments, and raises errors at the
-- script's line. A %p with flags stock Lua refuses is left as it is, for the real format to refuse.
local function prepare(pattern, ...)
  local count = select("#", ...)
  local arguments, pieces, position, argument = { ... }, {}, 1, 0
  while true do
    local start, stop, flags, conversion = raw_find(pattern, "%%([-+ #0]*%d*%.?%d*)(.)", position)
    if not start then break end
    if conversion == "%" then
      pieces[#pieces + 1] = pattern:sub(position, stop)
    else
      argument = argument + 1
      local value = arguments[argument]
      if conversion == "p" and raw_find(flags, "^%-?%d?%d?$") then
        arguments[argument] = referenced[type(value)] and object_number(value) or "(null)"
        pieces[#pieces + 1] = pattern:sub(position, start - 1) .. "%" .. flags .. "s"
      else
        if conversion == "s" and referenced[type(value)] then arguments[argument] = tostring(value) end
        pieces[#pieces + 1] = pattern:sub(position, stop)
      end
    end
    position = stop + 1
  end
  pieces[#pieces + 1] = pattern:sub(position)
  return concat(pieces), unpack(arguments, 1, count)
end
string_overrides.format = host.hiding_format(raw_format, prepare)

-- What scripts see of the string library, as `string` and through strings' methods.
local string_view = view(string_lib, string_overrides)
getmetatable("").__index = string_view

local string_proxy = freeze(string_view, "string")
-- getmetatable("") gives a read-only table whose __index is the read-only string library.
local string_meta_view = freeze({ __index = string_proxy }, "string metatable")
getmetatable("").__metatable = string_meta_view

------------------------------------------------------------------------------------------------
-- table: moves and shifts that loop over a length the script chose are charged to the budget.

local real_move, real_insert, real_remove = table.move, table.insert, table.remove
local table_overrides = {}

function table_overrides.move(a1, f, e, t, a2)
  local first, last = tointeger(f), tointeger(e)
  if first and last and last >= first then charge(last - first + 1) end
  return forward(2, pcall(real_move, a1, f, e, t, a2))
end

function table_overrides.insert(t, ...)
  if select("#", ...) == 2 and type(t) == "table" then
    local pos = tointeger((...))
    if pos then charge(#t - pos + 1) end
  end
  return forward(2, pcall(real_insert, t, ...))
end

function table_overrides.remove(t, ...)
  if type(t) == "table" then
    local size = #t
    local pos = select("#", ...) > 0 and tointeger((...)) or size
    if pos then charge(size - pos + 1) end
  end
  return forward(2, pcall(real_remove, t, ...))
end

------------------------------------------------------------------------------------------------
-- coroutine: the host runs each top level in a thread of its own ("sealed"); from the script's
-- point of view that is the main thread, where yielding is an error as in stock Lua. Threads a
-- limit stopped are never closed again: their handlers would run without the count hook.

local co_create, co_resume, co_yield = coroutine.create, coroutine.resume, coroutine.yield
local co_running, co_isyieldable, co_close, co_status = coroutine.running, coroutine.isyieldable, coroutine.close, coroutine.status
local stopped = setmetatable({}, { __mode = "k" })

local co_lib = {
  create = co_create, status = co_status,
}

local function after_resume(co, ok, ...)
  if not ok and limit_hit() then stopped[co] = true end
  return ok, ...
end

function co_lib.resume(co, ...)
  return after_resume(co, co_resume(co, ...))
end

function co_lib.yield(...)
  if sealed[co_running()] then error("attempt to yield from outside a coroutine", 0) end
  return co_yield(...)
end

function co_lib.isyieldable(co)
  if co == nil then co = co_running() end
  if sealed[co] then return false end
  return co_isyieldable(co)
end

function co_lib.running()
  local co, main = co_running()
  return co, main or sealed[co] == true
end

function co_lib.close(co)
  if type(co) == "thread" and stopped[co] then
    charge(1)
    return false, "the coroutine was stopped by a limit; its to-be-closed variables are not closed"
  end
  return co_close(co)
end

local function wrap_results(co, ok, ...)
  if ok then return ... end
  local problem = ...
  if not stopped[co] and co_status(co) == "dead" then
    local closed, close_problem = co_close(co)
    if not closed then problem = close_problem end
  end
  if type(problem) == "string" then error(problem, 2) end
  error(problem, 0)
end

function co_lib.wrap(f)
  local co = co_create(f)
  return function(...) return wrap_results(co, co_lib.resume(co, ...)) end
end

------------------------------------------------------------------------------------------------
-- Base functions with a sandbox twist.

local os_lib = { clock = os.clock, date = os.date, time = os.time, difftime = os.difftime }
local debug_lib = { traceback = debug.traceback }

math.randomseed(random_seed)

local real_setmetatable, real_xpcall, real_collectgarbage = setmetatable, xpcall, collectgarbage
local allowed_gc = { count = true, collect = true, step = true, isrunning = true }

local io_lib, stream = {}, {}   -- filled with the output functions below

local libraries = {
  string = string_proxy,
  table = freeze(view(table, table_overrides), "table"),
  math = freeze(math, "math"),
  utf8 = freeze(utf8, "utf8"),
  coroutine = freeze(co_lib, "coroutine"),
  os = freeze(os_lib, "os"),
  io = freeze(io_lib, "io"),
  debug = freeze(debug_lib, "debug"),
}

local builtins = {
  _VERSION = _VERSION,
  assert = assert, error = error, getmetatable = getmetatable, ipairs = ipairs, next = next,
  pairs = pairs, pcall = pcall, rawequal = rawequal, rawget = rawget, rawlen = rawlen,
  select = select, tonumber = tonumber, tostring = tostring, type = type,
}
for name, library in pairs(libraries) do builtins[name] = library end

function builtins.rawset(t, key, value)
  if frozen[t] then error("cannot change a library table: they are shared and read-only", 2) end
  return rawset(t, key, value)
end

-- Finalizers run with the count hook off and outside the memory cap's reach, so no object may
-- be marked for finalization: a metatable with a __gc field is refused.
function builtins.setmetatable(t, mt)
  if type(mt) == "table" and rawget(mt, "__gc") ~= nil then
    error("setmetatable: a metatable with __gc is not allowed in the sandbox "
          .. "(finalizers would run outside the instruction budget and the memory cap)", 2)
  end
  return real_setmetatable(t, mt)
end

-- A message handler called for the error that stops a script (a limit) would run with the count
-- hook off: once a limit is hit, the handler is skipped and the error passes unchanged.
function builtins.xpcall(f, handler, ...)
  if type(handler) ~= "function" then return real_xpcall(f, handler, ...) end
  return real_xpcall(f, function(message)
    if limit_hit() then return message end
    return handler(message)
  end, ...)
end

function builtins.collectgarbage(option, ...)
  option = option or "collect"
  if not allowed_gc[option] then
    error("collectgarbage('" .. tostring(option) .. "') is not allowed in the sandbox", 2)
  end
  if option == "collect" or option == "step" then
    -- A full collection walks the whole heap without VM instructions: charge it by size.
    charge((real_collectgarbage("count") * 64) // 1 + 1)
  end
  return real_collectgarbage(option, ...)
end

-- Output: print, and io.write / io.stdout:write / io.stderr:write, which go to the host line by
-- line (a partial line waits for its newline, or for the next print or flush).
local pending = ""

local function flush()
  if pending ~= "" then host.print(pending) pending = "" end
end

-- Every call into the host costs the host far more than a VM instruction, and each byte it
-- takes costs a little: both are charged, so that a script printing in a loop is stopped by
-- the budget as soon as a loop of VM instructions is.
local HOST_CALL_COST = 200

function builtins.print(...)
  flush()
  local n = select("#", ...)
  local parts = {}
  for i = 1, n do parts[i] = tostring((select(i, ...))) end
  local line = concat(parts, "\t")
  charge(HOST_CALL_COST + #line)
  host.print(line)
end


local function write(level, ...)
  charge(HOST_CALL_COST)
  for i = 1, select("#", ...) do
    local piece = select(i, ...)
    local kind = type(piece)
    if kind ~= "string" and kind ~= "number" then
      error("bad argument #" .. i .. " to 'write' (string expected, got " .. kind .. ")", level)
    end
    pending = pending .. piece
    while true do
      local newline = pending:find("\n", 1, true)
      if newline == nil then break end
      host.print(pending:sub(1, newline - 1))
      pending = pending:sub(newline + 1)
    end
  end
end

function io_lib.write(...) write(3, ...) return io_lib.stdout end
function io_lib.flush() flush() return io_lib.stdout end
function stream.write(self, ...) write(3, ...) return self end
function stream.flush(self) flush() return self end
function stream.setvbuf() return true end
io_lib.stdout = freeze(setmetatable({}, { __index = stream }), "io.stdout")
io_lib.stderr = freeze(setmetatable({}, { __index = stream }), "io.stderr")

-- load compiles text only: mode "t" or "bt"; a binary chunk is refused when it comes, and a
-- mode without "t" gives nil and a message, as stock Lua does for a chunk of the wrong kind.
local function sandbox_load(default_env, chunk, chunkname, mode, ...)
  local env = default_env
  if select("#", ...) > 0 then env = ... end
  if mode ~= nil and type(mode) ~= "string" then
    error("bad argument #3 to 'load' (string expected, got " .. type(mode) .. ")", 3)
  end
  if mode ~= nil and not mode:find("t", 1, true) then
    if type(chunk) == "string" and chunk:sub(1, 1) == "\27" then
      return nil, "binary chunks cannot be loaded in the sandbox"
    end
    return nil, "attempt to load a text chunk (mode is '" .. mode .. "')"
  end
  local f, message = load(chunk, chunkname, "t", env)
  if f == nil and type(message) == "string" and message:find("attempt to load a binary chunk", 1, true) then
    message = message .. "; binary chunks cannot be loaded in the sandbox"
  end
  return f, message
end

------------------------------------------------------------------------------------------------
-- Environments

local package_config = "/\n;\n?\n!\n-\n"
local empty_preload = freeze({}, "package.preload")

-- Stock returns the first readable file of `path`; the sandbox reads no files but through
-- require, so it finds none (libraries test for the function, and only use it if present).
local function package_searchpath(name, path)
  if type(name) ~= "string" or type(path) ~= "string" then
    error("bad argument to 'searchpath' (string expected)", 2)
  end
  return nil, "no file '" .. name .. "' (the sandbox finds files with require only)"
end

local function new_environment(roots)
  local env = {}
  for name, value in next, builtins do env[name] = value end
  local loaded = {}
  for name, library in pairs(libraries) do loaded[name] = library end
  local loading = {}
  local warnings_on = false

  function env.load(chunk, chunkname, mode, ...)
    return sandbox_load(env, chunk, chunkname, mode, ...)
  end

  function env.warn(first, ...)
    local parts = { first, ... }
    for i = 1, select("#", ...) + 1 do
      if type(parts[i]) ~= "string" then
        error("bad argument #" .. i .. " to 'warn' (string expected, got " .. type(parts[i]) .. ")", 2)
      end
    end
    if select("#", ...) == 0 and first:sub(1, 1) == "@" then
      if first == "@on" then warnings_on = true elseif first == "@off" then warnings_on = false end
      return
    end
    if warnings_on then charge(HOST_CALL_COST); host.print("Lua warning: " .. concat(parts)) end
  end

  -- Loading a module: the `loading` mark is per thread and cleared by a to-be-closed guard, so a
  -- failed require leaves no mark behind.
  local function run_module(name, chunk, file)
    local thread = co_running()
    loading[name] = thread
    local guard <close> = real_setmetatable({}, { __close = function()
      if loading[name] == thread then loading[name] = nil end
    end })
    local value = chunk(name, file)
    if value == nil then value = loaded[name] end
    if value == nil then value = true end
    loaded[name] = value
    return value
  end

  function env.require(name)
    if type(name) ~= "string" then
      error("bad argument #1 to 'require' (string expected, got " .. (name == nil and "no value" or type(name)) .. ")", 2)
    end
    local value = loaded[name]
    if value ~= nil then return value end
    if loading[name] ~= nil and loading[name] == co_running() then
      error("require: '" .. name .. "' requires itself (a loop of requires)", 2)
    end
    local chunk, file = host.find_module(roots, name)
    if chunk == nil then error(file, 2) end
    setupvalue(chunk, 1, env)
    value = run_module(name, chunk, file)
    return value, file
  end

  env.package = freeze({
    config = package_config,
    path = "./?.lua;./?/init.lua",
    cpath = "",
    loaded = freeze(loaded, "package.loaded"),
    preload = empty_preload,
    searchpath = package_searchpath,
  }, "package")
  loaded.package = env.package
  loaded._G = env
  env._G = env
  return env
end

-- What the host calls when the state passes to another owner (LuaState.settle): output a script
-- left without its newline goes out now, math.random starts again from the state's seed, and
-- objects are numbered from 1 again (the old owner's scripts, which saw the old numbers, are gone).
local function settle()
  flush()
  math.randomseed(random_seed)
  object_numbers = setmetatable({}, { __mode = "k" })
  last_object_number = 0
end

return new_environment, settle
