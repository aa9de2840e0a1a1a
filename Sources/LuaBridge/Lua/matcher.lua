-- The sandbox's bounded string matching: see PatternMatcher.swift for what it is and why.
local real, charge, cost_limit = ...
local byte, sub, char, concat = real.byte, real.sub, real.char, real.concat
local real_find, real_match, real_gmatch, real_gsub = real.find, real.match, real.gmatch, real.gsub
local type, tostring, error, pcall, pairs, setmetatable, tointeger =
  real.type, real.tostring, real.error, real.pcall, real.pairs, real.setmetatable, real.tointeger

local MAXCAPTURES, MAXDEPTH = 32, 200
local CAP_UNFINISHED, CAP_POSITION = -1, -2
local SINGLE, OPEN, OPENPOS, CLOSE, DOLLAR, BALANCE, FRONTIER, BACKREF = 1, 2, 3, 4, 5, 6, 7, 8

-- A pattern error: raised as a table so the public functions can re-raise it at their caller.
local function fail(message) error({ pattern_error = message }, 0) end

-- Character classes as sets of bytes (tables from byte to true), in the C locale.
local function range(set, lo, hi) for c = lo, hi do set[c] = true end return set end
local classes = {
  a = range(range({}, 65, 90), 97, 122),
  c = range(range({}, 0, 31), 127, 127),
  d = range({}, 48, 57),
  g = range({}, 33, 126),
  l = range({}, 97, 122),
  p = range(range(range(range({}, 33, 47), 58, 64), 91, 96), 123, 126),
  s = range(range({}, 9, 13), 32, 32),
  u = range({}, 65, 90),
  w = range(range(range({}, 48, 57), 65, 90), 97, 122),
  x = range(range(range({}, 48, 57), 65, 70), 97, 102),
}

local function class_set(letter)
  local lower = letter:lower()
  local base = classes[lower]
  if base == nil then return { [byte(letter)] = true } end
  if lower == letter then return base end
  local set = {}
  for c = 0, 255 do if not base[c] then set[c] = true end end
  return set
end

-- Parses "[...]" starting at `i` (the '['); returns the set and the index after ']'.
local function bracket(p, i, plen)
  local set, negate = {}, false
  local j = i + 1
  if sub(p, j, j) == "^" then negate, j = true, j + 1 end
  local first = true
  while first or sub(p, j, j) ~= "]" do
    first = false
    if j > plen then fail("malformed pattern (missing ']')") end
    local c = sub(p, j, j)
    if c == "%" then
      j = j + 1
      if j > plen then fail("malformed pattern (missing ']')") end
      for k in pairs(class_set(sub(p, j, j))) do set[k] = true end
      j = j + 1
    elseif sub(p, j + 1, j + 1) == "-" and j + 2 <= plen and sub(p, j + 2, j + 2) ~= "]" then
      range(set, byte(c), byte(p, j + 2))
      j = j + 3
    else
      set[byte(c)] = true
      j = j + 1
    end
  end
  if negate then
    local complement = {}
    for c = 0, 255 do if not set[c] then complement[c] = true end end
    set = complement
  end
  return set, j + 1
end

local ANY = setmetatable({}, { __index = function() return true end })

-- A pattern as a list of items; cached by pattern text.
local compiled = setmetatable({}, { __mode = "v" })

local function compile(p, anchoring)
  local key = (anchoring and "a" or "g") .. p
  local hit = compiled[key]
  if hit then return hit end
  local items, plen, i, anchored = {}, #p, 1, false
  if anchoring and sub(p, 1, 1) == "^" then anchored, i = true, 2 end
  while i <= plen do
    local c = sub(p, i, i)
    local item
    if c == "(" then
      if sub(p, i + 1, i + 1) == ")" then item, i = { kind = OPENPOS }, i + 2
      else item, i = { kind = OPEN }, i + 1 end
    elseif c == ")" then
      item, i = { kind = CLOSE }, i + 1
    elseif c == "$" and i == plen then
      item, i = { kind = DOLLAR }, i + 1
    elseif c == "%" and sub(p, i + 1, i + 1) == "b" then
      if i + 3 > plen then fail("malformed pattern (missing arguments to '%b')") end
      item, i = { kind = BALANCE, open = byte(p, i + 2), close = byte(p, i + 3) }, i + 4
    elseif c == "%" and sub(p, i + 1, i + 1) == "f" then
      if sub(p, i + 2, i + 2) ~= "[" then fail("missing '[' after '%f' in pattern") end
      local set, after = bracket(p, i + 2, plen)
      item, i = { kind = FRONTIER, set = set }, after
    elseif c == "%" and real_find(sub(p, i + 1, i + 1), "^%d$") then
      item, i = { kind = BACKREF, index = byte(p, i + 1) - 48 }, i + 2
    else
      local set
      if c == "%" then
        if i == plen then fail("malformed pattern (ends with '%')") end
        set, i = class_set(sub(p, i + 1, i + 1)), i + 2
      elseif c == "[" then
        set, i = bracket(p, i, plen)
      elseif c == "." then
        set, i = ANY, i + 1
      else
        set, i = { [byte(c)] = true }, i + 1
      end
      local q = sub(p, i, i)
      if q == "*" or q == "+" or q == "-" or q == "?" then i = i + 1 else q = "" end
      item = { kind = SINGLE, set = set, q = q }
    end
    items[#items + 1] = item
  end
  local pattern = { items = items, anchored = anchored }
  compiled[key] = pattern
  return pattern
end

-- The C matcher's worst-case steps for a subject of n bytes: each quantifier may try the rest
-- of the pattern at every position, '%b' and back references scan the subject. Counted in
-- floats: an integer product past 2^63 would wrap, and a negative bound would pass for small.
local function estimate(pattern, n)
  local items, c = pattern.items, 1.0
  n = n + 0.0
  for i = #items, 1, -1 do
    local item = items[i]
    local kind = item.kind
    if kind == SINGLE then
      local q = item.q
      if q == "" then c = c + 1
      elseif q == "?" then c = 2 * c + 1
      else c = (n + 1) * (c + 1) end
    elseif kind == BALANCE or kind == BACKREF then
      c = c + n + 1
    else
      c = c + 1
    end
    if c > 1e18 then return 1e30 end
  end
  return (pattern.anchored and 1 or n + 1) * c
end

-- Whether the C function may run: its bound is small or linear in the subject. Charges it.
local function affordable(pattern, n)
  if cost_limit == 0 then return false end
  local bound = estimate(pattern, n)
  if bound > cost_limit and bound > 64 * (n + 1) then return false end
  charge(tointeger(bound // 4 + 1))
  return true
end

------------------------------------------------------------------------------------------------
-- The matcher: ms = { s, n, items, level, start = {}, len = {}, depth }

local do_match

local function max_expand(ms, si, item, pi)
  local s, n, set = ms.s, ms.n, item.set
  local count = 0
  while si + count <= n and set[byte(s, si + count)] do count = count + 1 end
  while count >= 0 do
    local e = do_match(ms, si + count, pi + 1)
    if e then return e end
    count = count - 1
  end
  return nil
end

local function min_expand(ms, si, item, pi)
  local s, n, set = ms.s, ms.n, item.set
  while true do
    local e = do_match(ms, si, pi + 1)
    if e then return e end
    if si <= n and set[byte(s, si)] then si = si + 1 else return nil end
  end
end

local function start_capture(ms, si, pi, what)
  local level = ms.level + 1
  if level > MAXCAPTURES then fail("too many captures") end
  ms.start[level], ms.len[level], ms.level = si, what, level
  local e = do_match(ms, si, pi)
  if not e then ms.level = ms.level - 1 end
  return e
end

local function end_capture(ms, si, pi)
  local l
  for level = ms.level, 1, -1 do
    if ms.len[level] == CAP_UNFINISHED then l = level break end
  end
  if l == nil then fail("invalid pattern capture") end
  ms.len[l] = si - ms.start[l]
  local e = do_match(ms, si, pi)
  if not e then ms.len[l] = CAP_UNFINISHED end
  return e
end

local function match_capture(ms, si, index)
  if index < 1 or index > ms.level or ms.len[index] == CAP_UNFINISHED then
    fail("invalid capture index %" .. index)
  end
  local len, start = ms.len[index], ms.start[index]
  if len == CAP_POSITION then len = 0 end
  if ms.n - si + 1 >= len and sub(ms.s, start, start + len - 1) == sub(ms.s, si, si + len - 1) then
    return si + len
  end
  return nil
end

do_match = function(ms, si, pi)
  ms.depth = ms.depth + 1
  if ms.depth > MAXDEPTH then fail("pattern too complex") end
  local items, s, n = ms.items, ms.s, ms.n
  local result
  while true do
    local item = items[pi]
    if item == nil then result = si break end
    local kind = item.kind
    if kind == SINGLE then
      local matches = si <= n and item.set[byte(s, si)]
      local q = item.q
      if q == "" then
        if not matches then break end
        si, pi = si + 1, pi + 1
      elseif q == "?" then
        local e = matches and do_match(ms, si + 1, pi + 1)
        if e then result = e break end
        pi = pi + 1
      elseif q == "+" then
        if matches then result = max_expand(ms, si + 1, item, pi) end
        break
      elseif q == "*" then
        result = max_expand(ms, si, item, pi)
        break
      else
        result = min_expand(ms, si, item, pi)
        break
      end
    elseif kind == OPEN then result = start_capture(ms, si, pi + 1, CAP_UNFINISHED) break
    elseif kind == OPENPOS then result = start_capture(ms, si, pi + 1, CAP_POSITION) break
    elseif kind == CLOSE then result = end_capture(ms, si, pi + 1) break
    elseif kind == DOLLAR then
      if si == n + 1 then result = si end
      break
    elseif kind == BALANCE then
      if si > n or byte(s, si) ~= item.open then break end
      local depth, j, close, open, e = 1, si + 1, item.close, item.open, nil
      while j <= n do
        local c = byte(s, j)
        if c == close then
          depth = depth - 1
          if depth == 0 then e = j + 1 break end
        elseif c == open then
          depth = depth + 1
        end
        j = j + 1
      end
      if not e then break end
      si, pi = e, pi + 1
    elseif kind == FRONTIER then
      local previous = si == 1 and 0 or byte(s, si - 1)
      local current = si <= n and byte(s, si) or 0
      if item.set[previous] or not item.set[current] then break end
      pi = pi + 1
    else
      local e = match_capture(ms, si, item.index)
      if not e then break end
      si, pi = e, pi + 1
    end
  end
  ms.depth = ms.depth - 1
  return result
end

local function capture(ms, i, si, e)
  if i > ms.level then
    if i == 1 then return sub(ms.s, si, e - 1) end
    fail("invalid capture index %" .. i)
  end
  local len = ms.len[i]
  if len == CAP_UNFINISHED then fail("unfinished capture") end
  if len == CAP_POSITION then return ms.start[i] end
  return sub(ms.s, ms.start[i], ms.start[i] + len - 1)
end

local function captures(ms, si, e, whole)
  local count = (ms.level == 0 and whole) and 1 or ms.level
  local out = {}
  for i = 1, count do out[i] = capture(ms, i, si, e) end
  return out, count
end

local function state(s, pattern)
  return { s = s, n = #s, items = pattern.items, level = 0, start = {}, len = {}, depth = 0 }
end

local function try(ms, si)
  ms.level, ms.depth = 0, 0
  return do_match(ms, si, 1)
end

------------------------------------------------------------------------------------------------
-- The public functions. Pattern errors are re-raised at the caller of string.xxx.

local function text(value, position, name)
  local kind = type(value)
  if kind == "string" then return value end
  if kind == "number" then return tostring(value) end
  error("bad argument #" .. position .. " to '" .. name .. "' (string expected, got " ..
        (kind == "nil" and "no value" or kind) .. ")", 3)
end

local function start_index(init, len)
  if init == nil then return 1 end
  init = tointeger(init)
  if init == nil then fail("bad argument #3 (number has no integer representation)") end
  if init > 0 then return init end
  if init == 0 or -init > len then return 1 end
  return len + init + 1
end

-- Returns a pcall's results, or raises its error again: a pattern error at `level` (2: the caller
-- of the function that tail-calls rethrow), any other error as it was.
local function rethrow(level, ok, ...)
  if ok then return ... end
  local problem = ...
  if type(problem) == "table" and problem.pattern_error then error(problem.pattern_error, level) end
  error(problem, 0)
end

local function unpack_n(t, i, n) if i <= n then return t[i], unpack_n(t, i + 1, n) end end

local function find_aux(s, p, init, plain, is_find)
  local len = #s
  local si = start_index(init, len)
  if si > len + 1 then return nil end
  if is_find and (plain or not real_find(p, "[%^%$%*%+%?%.%(%[%%%-]")) then
    charge(((len - si + 1) * (#p + 1)) // 64 + 1)
    return real_find(s, p, si, true)
  end
  local pattern = compile(p, true)
  if affordable(pattern, len - si + 1) then
    if is_find then return real_find(s, p, si) end
    return real_match(s, p, si)
  end
  local ms = state(s, pattern)
  repeat
    local e = try(ms, si)
    if e then
      if is_find then
        local out, count = captures(ms, si, e, false)
        return si, e - 1, unpack_n(out, 1, count)
      end
      local out, count = captures(ms, si, e, true)
      return unpack_n(out, 1, count)
    end
    si = si + 1
  until pattern.anchored or si > len + 1
  return nil
end

local matcher = {}

function matcher.find(s, p, init, plain)
  s, p = text(s, 1, "find"), text(p, 2, "find")
  return rethrow(2, pcall(find_aux, s, p, init, plain, true))
end

function matcher.match(s, p, init)
  s, p = text(s, 1, "match"), text(p, 2, "match")
  return rethrow(2, pcall(find_aux, s, p, init, false, false))
end

local function gmatch_aux(s, p, init)
  local len = #s
  local si = start_index(init, len)
  if si > len + 1 then si = len + 2 end
  local pattern = compile(p, false)
  if affordable(pattern, len) then return real_gmatch(s, p, init) end
  local ms, last = state(s, pattern), nil
  local function step()
    while si <= len + 1 do
      local start = si
      local e = try(ms, start)
      if e and e ~= last then
        si, last = e, e
        local out, count = captures(ms, start, e, true)
        return unpack_n(out, 1, count)
      end
      si = si + 1
    end
    return nil
  end
  return function() return rethrow(2, pcall(step)) end
end

function matcher.gmatch(s, p, init)
  s, p = text(s, 1, "gmatch"), text(p, 2, "gmatch")
  local ok, iterator = pcall(gmatch_aux, s, p, init)
  if not ok then rethrow(3, false, iterator) end
  return iterator
end

local function replacement(ms, si, e, repl, kind)
  local value
  if kind == "function" then
    local out, count = captures(ms, si, e, true)
    value = repl(unpack_n(out, 1, count))
  elseif kind == "table" then
    value = repl[capture(ms, 1, si, e)]
  else
    local parts, i, rlen = {}, 1, #repl
    while i <= rlen do
      local j = real_find(repl, "%", i, true)
      if j == nil then parts[#parts + 1] = sub(repl, i) break end
      parts[#parts + 1] = sub(repl, i, j - 1)
      local d = sub(repl, j + 1, j + 1)
      if d == "%" then parts[#parts + 1] = "%"
      elseif d == "0" then parts[#parts + 1] = sub(ms.s, si, e - 1)
      elseif real_find(d, "^%d$") then parts[#parts + 1] = tostring(capture(ms, byte(d) - 48, si, e))
      else fail("invalid use of '%' in replacement string") end
      i = j + 2
    end
    return concat(parts)
  end
  if value == nil or value == false then return sub(ms.s, si, e - 1) end
  local vkind = type(value)
  if vkind ~= "string" and vkind ~= "number" then fail("invalid replacement value (a " .. vkind .. ")") end
  return tostring(value)
end

local function gsub_aux(s, p, repl, max_n)
  local kind = type(repl)
  if kind ~= "string" and kind ~= "number" and kind ~= "table" and kind ~= "function" then
    fail("bad argument #3 to 'gsub' (string/function/table expected, got " ..
         (kind == "nil" and "no value" or kind) .. ")")
  end
  if kind == "number" then repl, kind = tostring(repl), "string" end
  local len = #s
  local limit = len + 1
  if max_n ~= nil then
    limit = tointeger(max_n)
    if limit == nil then fail("bad argument #4 to 'gsub' (number has no integer representation)") end
  end
  local pattern = compile(p, true)
  if affordable(pattern, len) then return real_gsub(s, p, repl, max_n) end
  local ms, parts, si, last, count = state(s, pattern), {}, 1, nil, 0
  while count < limit do
    local e = try(ms, si)
    if e and e ~= last then
      count = count + 1
      parts[#parts + 1] = replacement(ms, si, e, repl, kind)
      si, last = e, e
    elseif si <= len then
      parts[#parts + 1] = sub(s, si, si)
      si = si + 1
    else
      break
    end
    if pattern.anchored then break end
  end
  parts[#parts + 1] = sub(s, si)
  return concat(parts), count
end

function matcher.gsub(s, p, repl, max_n)
  s, p = text(s, 1, "gsub"), text(p, 2, "gsub")
  return rethrow(2, pcall(gsub_aux, s, p, repl, max_n))
end

return matcher
