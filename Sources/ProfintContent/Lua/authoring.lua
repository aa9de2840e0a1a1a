-- The tool authoring API, tool derivation and the session driver, in Lua.
--
-- Loaded once per Lua state by the core, in its own environment. Receives `where(level)`, which
-- returns "chunk:line" of a caller, the authoring schema (kinds, fields, translatable fields, the
-- fields a derived tool sets itself, the change functions: AuthoringSchema in Swift is its one
-- source), the yield the driver uses to talk to the engine, and `suggest(name, names)`, which
-- returns "did you mean ...?" for the names near `name` (or nil). Returns a library table:
--   api(bundle, language)   the functions a bundle's scripts see (tool, step, ask.*, ...)
--   install(env, bundle, language) puts them in a script environment (see install)
--   derive(base, derived)   a new tool: base with the derived tool's changes
--   seal(value)             stamps the host's record of where each table was made (see below)
--   kind(value)             the host's record of the kind of the table `value` (nil: none)
--   number(tool)            numbers the tool's questions, in the order the host reads them
--   drive(tool, inputs, lang) the session driver, run as a coroutine by the engine
-- Every table a constructor returns carries __kind, __bundle and __where ("tools/x.lua:12").
-- Scripts can write those fields too, so the host never trusts them: `seal` rewrites them from
-- `origins`, a table scripts cannot reach, just before the host reads a value (but a graph's,
-- whose stamps the host never reads: graph below).

local where, schema, yield, suggest = ...

local error, type, ipairs, pairs, tostring, select, next = error, type, ipairs, pairs, tostring, select, next
local rawget, rawset, setmetatable = rawget, rawset, setmetatable
yield = yield or coroutine.yield
suggest = suggest or function() return nil end

-- "; did you mean 'x'?" when a name of `names` is near `name`, else "".
local function near(name, names)
  local hint = suggest(tostring(name), names)
  return hint and ("; " .. hint) or ""
end

local library = {}

local QUESTION_KINDS = schema.kinds

local function set_of(list)
  local set = {}
  for _, name in ipairs(list) do set[name] = true end
  return set
end

-- Where each table a constructor made was written: { kind, bundle, lang, where }, by table.
local origins = setmetatable({}, { __mode = "k" })

-- Copies tables deeply (functions are shared), so a derived tool never changes its base. A copy
-- keeps the origin of what it copies.
local function copy(value)
  if type(value) ~= "table" then return value end
  local result = {}
  for key, item in pairs(value) do result[key] = copy(item) end
  origins[result] = origins[value]
  return result
end

-- __fields: { [field] = { where = "chunk:line", bundle = id } } for the fields a derived tool set
-- with modify or translate, so a problem in such a field is reported where it was written.
local STAMPS = { "__kind", "__bundle", "__lang", "__where", "__fields" }

-- Records that `field` of `node` was written at `where` in `bundle` (a modify or translate call).
-- The node's origin record may be shared with the table it was copied from (its base), so the
-- record is replaced, never changed in place.
local function mark(node, field, place, bundle)
  local origin = origins[node] or {}
  local fresh, fields = {}, {}
  for key, value in pairs(origin) do fresh[key] = value end
  for name, at in pairs(origin.__fields or {}) do fields[name] = at end
  fields[field] = { where = place, bundle = bundle }
  fresh.__fields = fields
  origins[node] = fresh
end

-- Rewrites the stamps of `value`, a table not yet in `seen`, and of every table in it, from
-- origins: a table a constructor made gets its true stamps back, any other loses the ones a
-- script wrote. Each table once. (The host seals every value it reads, often: the stamps are
-- written out rather than looped over, and only tables are visited.)
local function seal_table(value, seen)
  seen[value] = true
  local origin = origins[value]
  if origin then
    rawset(value, "__kind", origin.__kind)
    rawset(value, "__bundle", origin.__bundle)
    rawset(value, "__lang", origin.__lang)
    rawset(value, "__where", origin.__where)
    rawset(value, "__fields", origin.__fields)
  else
    for i = 1, #STAMPS do
      if rawget(value, STAMPS[i]) ~= nil then rawset(value, STAMPS[i], nil) end
    end
  end
  for _, item in next, value do
    if type(item) == "table" and not seen[item] then seal_table(item, seen) end
  end
end

-- `value` with its stamps and those of every table in it rewritten (seal_table); returns it.
function library.seal(value)
  if type(value) == "table" then seal_table(value, {}) end
  return value
end

-- The kind a constructor gave the table `value` ("tool", "step"...), from origins, whatever
-- its __kind field says; nil for any other value. What seal would stamp, without the walk.
function library.kind(value)
  local origin = type(value) == "table" and origins[value] or nil
  return origin and origin.__kind or nil
end

local function describe(value)
  if type(value) == "table" and value.__kind then return "a " .. value.__kind end
  return "a " .. type(value)
end

-- The constructors of one bundle. `language` is the bundle's first language: the language of
-- its plain-string texts.
function library.api(bundle, language)
  local api = {}

  local function stamp(spec, kind, name)
    if type(spec) ~= "table" then
      error(name .. ": expected a table { ... }, got " .. type(spec), 3)
    end
    spec.__kind = kind
    spec.__bundle = bundle
    spec.__lang = language
    spec.__where = where(3)
    origins[spec] = { __kind = kind, __bundle = bundle, __lang = language, __where = spec.__where }
    return spec
  end

  -- Moves the positional entries of spec into spec[field], each of one of the kinds accepted.
  local function gather(spec, field, accepted, name)
    local list = spec[field] or {}
    if type(list) ~= "table" then error(name .. ": '" .. field .. "' must be a list", 3) end
    local count = #spec
    for i = 1, count do
      local item = spec[i]
      if type(item) ~= "table" or not accepted[item.__kind] then
        error(name .. ": entry " .. i .. " is " .. describe(item) .. "; expected " .. accepted.__names, 3)
      end
      list[#list + 1] = item
      spec[i] = nil
    end
    spec[field] = list
  end

  local STEP_OR_CHANGE = { step = true, change = true, __names = "a step { ... } or a change such as remove(...)" }
  local QUESTION = { question = true, __names = "a question such as ask.text { ... }" }

  function api.tool(spec)
    local t = stamp(spec, "tool", "tool")
    local steps, changes = {}, {}
    gather(t, "__entries", STEP_OR_CHANGE, "tool")
    for _, entry in ipairs(t.__entries) do
      if entry.__kind == "step" then steps[#steps + 1] = entry else changes[#changes + 1] = entry end
    end
    t.__entries = nil
    for _, step in ipairs(t.steps or {}) do steps[#steps + 1] = step end
    t.steps = steps
    t.changes = changes
    return t
  end

  function api.step(spec)
    local s = stamp(spec, "step", "step")
    gather(s, "questions", QUESTION, "step " .. tostring(s.id))
    return s
  end

  api.ask = {}
  for _, kind in ipairs(QUESTION_KINDS) do
    api.ask[kind] = function(spec)
      local q = stamp(spec, "question", "ask." .. kind)
      q.kind = kind
      if kind == "table" then
        if q.columns ~= nil and type(q.columns) ~= "table" then
          error("ask.table " .. tostring(q.id) .. ": 'columns' must be a list of questions", 2)
        end
        gather(q, "columns", QUESTION, "ask.table " .. tostring(q.id))
      end
      return q
    end
  end
  -- ask.choise is an error that names the kinds, not "attempt to call a nil value".
  setmetatable(api.ask, { __index = function(_, kind)
    if type(kind) ~= "string" then return nil end
    error("ask." .. kind .. ": there is no question kind '" .. kind .. "'" .. near(kind, QUESTION_KINDS)
      .. " (the kinds: " .. table.concat(QUESTION_KINDS, ", ") .. ")", 2)
  end })

  function api.module(spec)
    local m = stamp(spec, "module", "module")
    return m
  end

  function api.plugin(spec)
    local p = stamp(spec, "plugin", "plugin")
    return p
  end

  function api.exercise(spec)
    local e = stamp(spec, "exercise", "exercise")
    return e
  end

  -- Changes a derived tool makes to its base. `target` is a step id or "step.question".
  local function change(op, target, fields)
    if type(target) ~= "string" then
      error(op .. ": the first argument must be a step id or a 'step.question' path, got " .. type(target), 3)
    end
    fields.op = op
    fields.target = target
    fields.__kind = "change"
    fields.__bundle = bundle
    fields.__lang = language
    fields.__where = where(3)
    origins[fields] = { __kind = "change", __bundle = bundle, __lang = language, __where = fields.__where }
    return fields
  end

  local function item_of(op, item)
    if type(item) ~= "table" or (item.__kind ~= "step" and item.__kind ~= "question") then
      error(op .. ": the second argument must be a step { ... } or a question, got " .. describe(item), 3)
    end
    return item
  end

  function api.insert_before(target, item)
    local c = change("insert_before", target, { item = item_of("insert_before", item) })
    return c
  end

  function api.insert_after(target, item)
    local c = change("insert_after", target, { item = item_of("insert_after", item) })
    return c
  end

  function api.append(target, item)
    if item == nil then
      item, target = target, ""
    end
    local c = change("append", target, { item = item_of("append", item) })
    return c
  end

  function api.replace(target, item)
    local c = change("replace", target, { item = item_of("replace", item) })
    return c
  end

  function api.remove(target)
    local c = change("remove", target, {})
    return c
  end

  function api.move(target, place)
    if type(place) ~= "table" or (place.before == nil) == (place.after == nil) then
      error("move: the second argument must be { before = '...' } or { after = '...' }", 2)
    end
    local c = change("move", target, { before = place.before, after = place.after })
    return c
  end

  function api.modify(target, fields)
    if type(fields) ~= "table" then error("modify: the second argument must be a table of fields", 2) end
    local c = change("modify", target, { fields = fields })
    return c
  end

  function api.translate(lang, texts)
    if type(lang) ~= "string" or type(texts) ~= "table" then
      error("translate: expected translate('it', { [target] = { title = '...', ... } })", 2)
    end
    local c = change("translate", lang, { texts = texts })
    return c
  end

  -- The schema names the change functions (editor stubs and scaffolds are written from it).
  for _, name in ipairs(schema.changes) do
    if type(api[name]) ~= "function" then error("authoring schema: no change function '" .. name .. "' in the API") end
  end

  return api
end

-- The names a script sees besides the sandbox's, for messages: the constructors of `api` (ask as
-- ask.<kind>), then the change functions in the schema's order; read from the API and the
-- schema, never listed by hand.
local function api_listing(api)
  local changes = set_of(schema.changes)
  local constructors = {}
  for name in pairs(api) do
    if not changes[name] then constructors[#constructors + 1] = name == "ask" and "ask.<kind>" or name end
  end
  table.sort(constructors)
  return table.concat(constructors, ", ") .. ", " .. table.concat(schema.changes, ", ")
end

-- The shortest global name that can be taken for a misspelled API name. Shorter names (jit,
-- love, task...) are names libraries test for nil, and stay nil as in stock Lua.
local SHORTEST_NEAR_MISS = 5

-- Puts the API of a bundle into a script environment `env` (a bundle's global table). Reading a
-- global that does not exist gives nil, as in stock Lua, except a near miss of an API name
-- (insert_afer, modfy, transalte): that is an error naming the API name meant.
-- The sorted names are worked out at the first read of a missing global, as most environments
-- never meet one, and the listing of the API only for an error.
function library.install(env, bundle, language)
  local api = library.api(bundle, language)
  for name, value in pairs(api) do env[name] = value end
  local names
  setmetatable(env, { __index = function(_, name)
    if type(name) ~= "string" or #name < SHORTEST_NEAR_MISS then return nil end
    if not names then
      names = {}
      for api_name in pairs(api) do names[#names + 1] = api_name end
      table.sort(names)
    end
    local hint = suggest(name, names)
    if hint == nil then return nil end
    error("'" .. name .. "' is not defined: " .. hint .. " (the authoring API: " .. api_listing(api) .. ")", 2)
  end })
end

------------------------------------------------------------------------------------------------
-- Derivation

local function find_step(tool, id)
  for i, step in ipairs(tool.steps) do
    if step.id == id then return i, step end
  end
end

-- The targets of a tool: its step ids and its "step.question" paths, in order.
local function targets_of(tool)
  local names = {}
  for _, step in ipairs(tool.steps) do
    names[#names + 1] = tostring(step.id)
    for _, question in ipairs(step.questions or {}) do names[#names + 1] = step.id .. "." .. tostring(question.id) end
  end
  return names
end

-- Resolves "step" or "step.question" in tool: a description of where it stands, or nil and why
-- (with the nearest targets that exist).
local function locate(tool, target)
  local step_id, question_id = target:match("^([^.]+)%.(.+)$")
  if not step_id then
    local index, step = find_step(tool, target)
    if not index then return nil, "no step '" .. target .. "'" .. near(target, targets_of(tool)) end
    return { level = "step", list = tool.steps, index = index, node = step }
  end
  local _, step = find_step(tool, step_id)
  if not step then return nil, "no step '" .. step_id .. "'" .. near(target, targets_of(tool)) end
  for index, question in ipairs(step.questions) do
    if question.id == question_id then
      return { level = "question", list = step.questions, index = index, node = question, step = step }
    end
  end
  return nil, "no question '" .. question_id .. "' in step '" .. step_id .. "'" .. near(target, targets_of(tool))
end

local function level_of(item) return item.__kind == "step" and "step" or "question" end

local function insert(place, item, offset)
  if level_of(item) ~= place.level then
    return "cannot put a " .. level_of(item) .. " where a " .. place.level .. " stands"
  end
  table.insert(place.list, place.index + offset, copy(item))
end

-- The change being applied, for marks: { where, bundle }.
local applying = nil

-- Sets field[lang] = text, turning a plain string into a table in its own language first: the
-- node's, or `source_lang` for a table no constructor made (an option, a row).
local function add_translation(node, field, lang, text, source_lang)
  local current = node[field]
  if type(current) ~= "table" then
    current = current ~= nil and { [source_lang or node.__lang or "en"] = current } or {}
  end
  current[lang] = text
  node[field] = current
  if applying then mark(node, field, applying.__where, applying.__bundle) end
end

-- The fields of each table kind, and those a translator translates (from the schema).
local FIELDS, TRANSLATABLE_BY_KIND = {}, {}
for kind, names in pairs(schema.fields or {}) do FIELDS[kind] = set_of(names) end
for kind, names in pairs(schema.translatable_by_kind or {}) do TRANSLATABLE_BY_KIND[kind] = names end

-- Why `field` cannot be translated in a table of `kind` (with the fields that can), or nil.
local function untranslatable(kind, field, extra)
  local names = {}
  for _, name in ipairs(TRANSLATABLE_BY_KIND[kind] or {}) do names[#names + 1] = name end
  for _, name in ipairs(extra or {}) do names[#names + 1] = name end
  for _, name in ipairs(names) do
    if name == field then return nil end
  end
  return "'" .. tostring(field) .. "' has no text to translate in a " .. kind .. near(field, names)
    .. " (translatable: " .. table.concat(names, ", ") .. ")"
end

local translate_node

-- Turns a plain-string option (its own id and label) into { id, label } so it can take a
-- translation; its label is in the language of the table that holds it.
local function option_table(list, index, holder)
  local entry = list[index]
  if type(entry) == "string" then
    entry = { id = entry, label = { [holder.__lang or "en"] = entry } }
    list[index] = entry
  end
  return entry
end

-- Translates the options, columns or rows of a question: { [id] = text }, or { [id] = { ... } }
-- with an option's or row's { label = ... }, or any translatable field a column has (text, help,
-- message, unit, options, labels...), since a column is a question.
local function translate_list(node, list, texts, lang, what)
  if type(texts) ~= "table" then return "'" .. what .. "s' takes a table { [id] = text }" end
  for id, text in pairs(texts) do
    local found = false
    for index in ipairs(list or {}) do
      local entry = option_table(list, index, node)
      if type(entry) == "table" and entry.id == id then
        found = true
        local problem
        if type(text) == "table" and entry.kind then
          problem = translate_node(entry, text, lang, "question")
        elseif type(text) == "table" then
          for field, value in pairs(text) do
            problem = problem or untranslatable("option", field)
            if not problem then add_translation(entry, field, lang, value, node.__lang) end
          end
        else
          add_translation(entry, entry.kind and "text" or "label", lang, text, node.__lang)
        end
        if problem then return what .. " '" .. tostring(id) .. "': " .. problem end
      end
    end
    if not found then
      local ids = {}
      for _, entry in ipairs(list or {}) do
        if type(entry) == "table" then ids[#ids + 1] = tostring(entry.id) end
      end
      return "no " .. what .. " '" .. tostring(id) .. "'" .. near(id, ids)
    end
  end
end

-- Translates a scale's labels: { [point] = text }.
local function translate_labels(node, texts, lang)
  if type(texts) ~= "table" then return "'labels' takes a table { [point] = text }" end
  node.labels = node.labels or {}
  for point, label in pairs(texts) do
    local current = node.labels[point]
    if type(current) ~= "table" then current = current ~= nil and { [node.__lang or "en"] = current } or {} end
    current[lang] = label
    node.labels[point] = current
  end
end

-- The fields of a question that hold lists of translatable tables.
local LISTS = { options = "option", columns = "column", rows = "row" }

-- Adds the texts of `fields` ({ field = text, ... }) to a tool, step, question or column (`kind`)
-- in lang; returns why one cannot be, or nil.
translate_node = function(node, fields, lang, kind)
  local lists = kind == "question" and { "options", "columns", "rows", "labels" } or {}
  for field, text in pairs(fields) do
    local problem = untranslatable(kind, field, lists)
    if problem == nil and LISTS[field] then
      problem = translate_list(node, node[field], text, lang, LISTS[field])
    elseif problem == nil and field == "labels" then
      problem = translate_labels(node, text, lang)
    elseif problem == nil then
      add_translation(node, field, lang, text)
    end
    if problem then return problem end
    if applying and (LISTS[field] or field == "labels") then mark(node, field, applying.__where, applying.__bundle) end
  end
end

local function translate(tool, lang, texts)
  for target, fields in pairs(texts) do
    local node
    if target == "" or target == "tool" then
      node = tool
    else
      local place, why = locate(tool, target)
      if not place then return why end
      node = place.node
    end
    if type(fields) ~= "table" then return "the texts for '" .. tostring(target) .. "' must be a table" end
    local problem = translate_node(node, fields, lang, node == tool and "tool" or node.__kind)
    if problem then return "'" .. tostring(target) .. "': " .. problem end
  end
end

-- Why modify cannot set these fields of a node (an unknown field, a kind that does not exist),
-- or nil.
local function unmodifiable(node, fields)
  local kind = node.__kind
  local known = FIELDS[kind]
  if known == nil then return nil end
  local names = {}
  for _, name in ipairs(schema.fields[kind]) do names[#names + 1] = name end
  if kind == "question" then names[#names + 1] = "kind" end
  for field in pairs(fields) do
    if type(field) ~= "string" then return "fields are named: modify(target, { minutes = 10 })" end
    if field == "id" then return "modify cannot change an id (answer paths depend on it); use replace" end
    if not known[field] and not (kind == "question" and field == "kind") then
      return "a " .. kind .. " has no field '" .. field .. "'" .. near(field, names)
    end
  end
  local new_kind = fields.kind
  if new_kind ~= nil then
    local valid = false
    for _, name in ipairs(QUESTION_KINDS) do valid = valid or name == new_kind end
    if not valid then
      return "kind = " .. tostring(new_kind) .. " is not a question kind" .. near(new_kind, QUESTION_KINDS)
        .. " (the kinds: " .. table.concat(QUESTION_KINDS, ", ") .. ")"
    end
  end
end

local function apply(tool, change)
  local op = change.op
  if op == "translate" then
    applying = change
    local problem = translate(tool, change.target, change.texts)
    applying = nil
    return problem
  end
  if op == "append" then
    local item = change.item
    if change.target == "" then
      if item.__kind ~= "step" then return "append(item) adds a step; to add a question use append('step', question)" end
      tool.steps[#tool.steps + 1] = copy(item)
      return
    end
    local _, step = find_step(tool, change.target)
    if not step then return "no step '" .. change.target .. "'" end
    if item.__kind ~= "question" then return "append('" .. change.target .. "', item) adds a question" end
    step.questions[#step.questions + 1] = copy(item)
    return
  end
  local place, why = locate(tool, change.target)
  if not place then return why end
  if op == "insert_before" then return insert(place, change.item, 0) end
  if op == "insert_after" then return insert(place, change.item, 1) end
  if op == "replace" then
    if level_of(change.item) ~= place.level then
      return "cannot replace a " .. place.level .. " with a " .. level_of(change.item)
    end
    place.list[place.index] = copy(change.item)
    return
  end
  if op == "remove" then
    table.remove(place.list, place.index)
    return
  end
  if op == "modify" then
    local refused = unmodifiable(place.node, change.fields)
    if refused then return refused end
    for field, value in pairs(change.fields) do
      place.node[field] = copy(value)
      mark(place.node, field, change.__where, change.__bundle)
    end
    -- A new kind drops the fields only the old kind had.
    local kind = change.fields.kind
    if kind ~= nil and kind ~= "choice" and kind ~= "multi" and change.fields.options == nil then place.node.options = nil end
    if kind ~= nil and kind ~= "scale" and change.fields.labels == nil then place.node.labels = nil end
    if kind ~= nil and kind ~= "table" and change.fields.columns == nil then place.node.columns, place.node.rows = nil, nil end
    return
  end
  if op == "move" then
    local anchor_target = change.before or change.after
    if place.level == "question" and not anchor_target:find(".", 1, true) then
      anchor_target = place.step.id .. "." .. anchor_target
    end
    local node = table.remove(place.list, place.index)
    local anchor, missing = locate(tool, anchor_target)
    if not anchor then
      table.insert(place.list, place.index, node)
      return "move to " .. (change.before and "before" or "after") .. " '" .. anchor_target .. "': " .. missing
    end
    if anchor.level ~= place.level then
      table.insert(place.list, place.index, node)
      return "cannot move a " .. place.level .. " next to a " .. anchor.level
    end
    table.insert(anchor.list, anchor.index + (change.after and 1 or 0), node)
    return
  end
  return "unknown change '" .. tostring(op) .. "'"
end

local OWN_FIELDS = set_of(schema.own)

-- The base of each derived tool, by table, for the answer paths its hooks may read.
local bases = setmetatable({}, { __mode = "k" })

-- The derived tool: a copy of base with the derived tool's own fields and its changes applied.
-- Changes that name nothing are listed in tool.__errors as { where, bundle, message }.
function library.derive(base, derived)
  applying = nil   -- left set when a translate of an earlier derivation failed part-way
  local tool = copy(base)
  tool.changes = nil
  for field in pairs(OWN_FIELDS) do
    if derived[field] ~= nil then tool[field] = derived[field] end
  end
  tool.id = derived.id
  tool.base = base.id
  tool.extends = derived.extends
  tool.__where, tool.__bundle, tool.__lang = derived.__where, derived.__bundle, derived.__lang
  origins[tool] = origins[derived]
  local errors = {}
  for _, step in ipairs(derived.steps or {}) do tool.steps[#tool.steps + 1] = copy(step) end
  for _, change in ipairs(derived.changes or {}) do
    local problem = apply(tool, change)
    if problem then
      errors[#errors + 1] = {
        where = change.__where, bundle = change.__bundle,
        message = change.op .. "('" .. change.target .. "') in " .. tostring(base.id) .. ": " .. problem,
      }
    end
  end
  tool.__errors = errors
  bases[tool] = base
  return tool
end

------------------------------------------------------------------------------------------------
-- Answer paths hooks may read

-- The answer paths a tool's hooks may read, by tool table: { paths = set, open = set of steps
-- with step code (any question id there), list = names for suggestions }. A tool's own paths and
-- those of the tools it derives from: a question a derived tool removed reads as nil, as an
-- unanswered one does.
local readable = setmetatable({}, { __mode = "k" })

local function readable_paths(tool)
  local known = readable[tool]
  if known then return known end
  known = { paths = {}, open = {}, list = {} }
  local function add(from)
    for _, step in ipairs(from.steps or {}) do
      if step.run ~= nil then known.open[tostring(step.id)] = true end
      for _, question in ipairs(step.questions or {}) do
        local path = tostring(step.id) .. "." .. tostring(question.id)
        if not known.paths[path] then
          known.paths[path] = true
          known.list[#known.list + 1] = path
        end
      end
    end
  end
  add(tool)
  local base = bases[tool]
  while base do
    add(base)
    base = bases[base]
  end
  readable[tool] = known
  return known
end

-- Makes reading a path that is not one of the tool's an error naming the nearest real path
-- (instead of a nil that fails later as "attempt to compare number with nil"). Paths of the tool
-- that are not answered (not asked yet, skipped, not relevant) still read as nil, and so does
-- anything under a step with step code, whose question ids are known only at run time.
local function guard(answers, tool)
  return setmetatable(answers, { __index = function(_, path)
    if type(path) ~= "string" then return nil end
    local known = readable_paths(tool)
    local plain = path:match("^(.-)%[.*%]$") or path
    if known.paths[plain] then return nil end
    local step_id = plain:match("^([^.]+)%.")
    if step_id and known.open[step_id] then return nil end
    error("there is no answer path '" .. path .. "' in " .. tostring(tool.id) .. near(plain, known.list)
      .. " (answer paths are step.question, or step.question[item] for a question asked per item)", 2)
  end })
end

------------------------------------------------------------------------------------------------
-- Numbering questions

-- The number of each question of the tool the host has read, by table. The host reads the
-- tool's steps and their questions in order and numbers them the same way, so a prompt names
-- its question by number and the host never reads a question table again.
local numbers = setmetatable({}, { __mode = "k" })

function library.number(tool)
  local count = 0
  for _, step in ipairs(tool.steps or {}) do
    for _, question in ipairs(step.questions or {}) do
      count = count + 1
      numbers[question] = count
    end
  end
  return count
end

------------------------------------------------------------------------------------------------
-- The session driver
--
-- Runs as the engine's coroutine. It yields (the contract the host decodes in one place,
-- DriverSignal in Swift):
--   "step", index                     a step starts (1-based)
--   "ask", number, path, text, help, default, item, question, bounds
--                                     a prompt: the question's number (0 for a question made
--                                     at run time, which then comes as `question`, sealed),
--                                     its answer path, and what its functions computed now
--                                     (text, help, default; nil when not functions), the
--                                     item it is asked for, and the bounds its min and max
--                                     functions set now (see bounds_of). Resumed with the
--                                     answer, or with nothing when skipped.
--   "irrelevant", number, path        the question's `relevant` said no: it is not asked
--   "invalid", path, message          the answer broke the question's constraint; resumed with
--                                     nothing, the driver asks again
-- and returns when the tool is done.

local function call_hook(hook, ...)
  if type(hook) == "function" then return hook(...) end
  return nil
end

local function render_key(item, key)
  if type(item) ~= "table" then return tostring(item) end
  if type(key) == "function" then return tostring(key(item)) end
  if key ~= nil then return tostring(item[key]) end
  for _, value in pairs(item) do
    if type(value) == "string" then return value end
  end
  return "?"
end

-- The bounds a question's min and max functions set for this prompt, as
-- { min = ..., max = ..., columns = { [column id] = { min = ..., max = ... } } }; nil when no
-- bound of the question or of its columns is a function. The host checks what they return.
local function bounds_of(question, answers, context)
  local result
  local function side(target, node, name)
    if type(node[name]) ~= "function" then return false end
    target[name] = node[name](answers, context)
    return true
  end
  local own = {}
  local dynamic = side(own, question, "min")
  dynamic = side(own, question, "max") or dynamic
  if dynamic then result = own end
  for _, column in ipairs(question.columns or {}) do
    local bounds = {}
    local set = side(bounds, column, "min")
    set = side(bounds, column, "max") or set
    if set and type(column.id) == "string" then
      result = result or {}
      result.columns = result.columns or {}
      result.columns[column.id] = bounds
    end
  end
  return result
end

function library.drive(tool, inputs, lang)
  local answers = guard({}, tool)
  local context = { inputs = inputs or {}, lang = lang, answers = answers }

  local function ask(question, path, item)
    local hook_context = { inputs = context.inputs, lang = lang, item = item, path = path }
    local number = numbers[question] or 0
    if question.relevant ~= nil and not question.relevant(answers, hook_context) then
      yield("irrelevant", number, path)
      return nil
    end
    local text = call_hook(question.text, answers, hook_context)
    local help = call_hook(question.help, answers, hook_context)
    local default = call_hook(question.default, answers, hook_context)
    local shown = type(item) == "table" and render_key(item, question.key) or item
    local made = number == 0 and library.seal(question) or nil
    while true do
      local bounds = bounds_of(question, answers, hook_context)
      local value = yield("ask", number, path, text, help, default, shown, made, bounds)
      if value == nil then
        answers[path] = nil
        return nil
      end
      local verdict, message = true, nil
      if question.constraint ~= nil then
        verdict, message = question.constraint(value, answers, hook_context)
      end
      if verdict == true then
        answers[path] = value
        return value
      end
      yield("invalid", path, message or question.message)
    end
  end

  for index, step in ipairs(tool.steps) do
    yield("step", index)
    for _, question in ipairs(step.questions or {}) do
      local path = step.id .. "." .. question.id
      if question.each ~= nil then
        local items = question.each
        if type(items) == "string" then
          items = answers[items]
        else
          items = items(answers, { inputs = context.inputs, lang = lang })
        end
        for _, item in ipairs(items or {}) do
          ask(question, path .. "[" .. render_key(item, question.key) .. "]", item)
        end
      else
        ask(question, path)
      end
    end
    if step.run ~= nil then
      local session = {
        answers = answers, inputs = context.inputs, lang = lang, step = step.id,
        ask = function(_, question, key)
          if type(question) ~= "table" or origins[question] == nil or origins[question].__kind ~= "question" then
            error("ask: expected a question such as ask.text { id = ... }", 2)
          end
          local path = step.id .. "." .. tostring(question.id)
          if key ~= nil then path = path .. "[" .. tostring(key) .. "]" end
          return ask(question, path, key)
        end,
      }
      step.run(session)
    end
  end
  return nil
end

-- The question a tool declares at `path` ("step.question"; an item's "[...]" is ignored), as a
-- copy a graph may read (its options, scale labels, bounds), or nil when the tool declares none
-- there (questions step code asks at run time are not declared).
local function declared_question(tool, path)
  if type(path) ~= "string" then return nil end
  local place = locate(tool, (path:gsub("%[.*$", "")))
  if place and place.level == "question" then return copy(place.node) end
  return nil
end

-- Runs a tool's graph function over a session's answers. Its ctx: inputs, lang, and
-- question(path), the question declared at path (to name an answer's option in words). What it
-- returns is not sealed: the host reads no stamp of a graph, and takes no `__` field of a text
-- for a language (a quarter of a graph's cost, walking every node and edge).
function library.graph(tool, answers, inputs, lang)
  if type(tool.graph) ~= "function" then return nil end
  local ctx = {
    inputs = inputs or {}, lang = lang, question = function(path) return declared_question(tool, path) end,
  }
  return (tool.graph(guard(answers or {}, tool), ctx))
end

return library
