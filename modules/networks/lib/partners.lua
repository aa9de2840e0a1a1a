-- Helpers shared by the partner-map tools: version A here, version B and the CRESM plan in the
-- mcg-networks plugin (which requires this module and builds on this file in its lib/helpers.lua).
-- They read answers only, so a tool asks the same questions for the same answers.
local M = {}

-- The names in an answer: a list of strings, or a table whose rows name themselves in `key`.
function M.names(a, path, key)
  local names = {}
  for _, item in ipairs(a[path] or {}) do
    local name = item
    if type(item) == "table" then name = item[key] end
    if type(name) == "string" and name ~= "" then names[#names + 1] = name end
  end
  return names
end

-- Why a list of names cannot name later questions (situations, needs): "brackets" for the first
-- name with square brackets, which would break the answer paths `step.question[name]`, or
-- "twice" for the first name given twice; then that name. Nil when every name is usable.
function M.name_problem(names)
  local seen = {}
  for _, name in ipairs(names) do
    if name:find("[%[%]]") then return "brackets", name end
    if seen[name] then return "twice", name end
    seen[name] = true
  end
  return nil
end

-- A constraint for a list whose items name later questions: each item once, no square brackets.
function M.usable_names(names)
  local problem, name = M.name_problem(names)
  if problem == "brackets" then
    return false, { en = "Please write “" .. name .. "” without square brackets [ ].",
                    fr = "Merci d'écrire « " .. name .. " » sans crochets [ ].",
                    it = "Scrivete «" .. name .. "» senza parentesi quadre [ ]." }
  elseif problem == "twice" then
    return false, { en = "“" .. name .. "” is listed twice: each one is discussed once, so keep it once.",
                    fr = "« " .. name .. " » figure deux fois : chaque élément n'est discuté qu'une fois, gardez-le une seule fois.",
                    it = "«" .. name .. "» compare due volte: ognuno si discute una volta sola, tenetelo una volta sola." }
  end
  return true
end

-- Every partner named for the needs (or situations) at `needs_path`, once each, in the order
-- they first appear. `partners_path` is the question asked per need, e.g. "identify.partners";
-- `key` names the column of a table's rows (nil for a list).
function M.partners(a, needs_path, partners_path, key)
  local seen, result = {}, {}
  for _, need in ipairs(M.names(a, needs_path, key)) do
    for _, partner in ipairs(a[partners_path .. "[" .. need .. "]"] or {}) do
      if not seen[partner] then
        seen[partner] = true
        result[#result + 1] = partner
      end
    end
  end
  return result
end

-- The kinds a choice question offers (map.kind), in the words of its options.
local function kinds_of(ctx, path)
  local question = path and ctx and ctx.question and ctx.question(path)
  local kinds = {}
  for _, option in ipairs(question and question.options or {}) do
    kinds[#kinds + 1] = { id = option.id, label = option.label }
  end
  return kinds
end

-- The points of a scale question (map.strength), weakest first, in the words of its labels, and
-- its lowest point.
local function scale_of(ctx, path)
  local question = path and ctx and ctx.question and ctx.question(path)
  if not question then return {}, 1 end
  local low, high = question.min or 1, question.max or 5
  local words = {}
  for point = low, high do
    words[#words + 1] = question.labels and question.labels[point] or tostring(point)
  end
  return words, low
end

-- The partner map, read left to right: the organisation, each need (or situation) it meets, and
-- each partner that helps with the need. The edges run org → need → partner, so Graphviz puts the
-- three groups in three columns. A need with no partner is marked uncovered. `ctx` is the graph's
-- context; `o` names the answers: organisation, needs, key (for a table), partners (the question
-- per need), kinds (the choice asked per partner: what kind of organisation it is) and strengths
-- (the scale asked per partner: how far the organisation can count on it), and the text
-- needs_label (the middle group). Each partner takes the colour of its kind, and each link to it
-- the strength of the relation with it.
M.LEGEND = {
  kinds = { en = "Kind of organisation", fr = "Type d'organisation", it = "Tipo di organizzazione" },
  strengths = { en = "How far we can count on the partner", fr = "Dans quelle mesure nous pouvons compter sur le partenaire",
                it = "Quanto possiamo contare sul partner" },
  uncovered = { en = "No partner yet", fr = "Aucun partenaire pour l'instant", it = "Nessun partner per ora" },
}

function M.graph(a, ctx, o)
  local kinds, strengths, low = kinds_of(ctx, o.kinds), scale_of(ctx, o.strengths)
  local offered = {}
  for _, kind in ipairs(kinds) do offered[kind.id] = true end
  local g = {
    title = { en = "Partner map", fr = "Carte des partenaires", it = "Mappa dei partner" },
    groups = {
      { id = "organisation", label = { en = "Our organisation", fr = "Notre organisation", it = "La nostra organizzazione" } },
      { id = "need", label = o.needs_label },
      { id = "partner", label = { en = "Partners", fr = "Partenaires", it = "Partner" } },
    },
    kinds = kinds,
    strengths = strengths,
    legend = M.LEGEND,
    nodes = { { id = "org", label = a[o.organisation] or { en = "Our organisation", fr = "Notre organisation", it = "La nostra organizzazione" },
                group = "organisation" } },
    edges = {},
  }
  local linked = {}   -- a partner named twice for the same need is one edge
  for _, need in ipairs(M.names(a, o.needs, o.key)) do
    local named = a[o.partners .. "[" .. need .. "]"] or {}
    g.nodes[#g.nodes + 1] = { id = "need:" .. need, label = need, group = "need", uncovered = #named == 0 }
    g.edges[#g.edges + 1] = { from = "org", to = "need:" .. need }
    for _, partner in ipairs(named) do
      local from, to = "need:" .. need, "partner:" .. partner
      local kind = o.kinds and a[o.kinds .. "[" .. partner .. "]"]
      g.nodes[#g.nodes + 1] = { id = to, label = partner, group = "partner", kind = offered[kind] and kind or nil }
      if not linked[from .. "\0" .. to] then
        linked[from .. "\0" .. to] = true
        local point = o.strengths and a[o.strengths .. "[" .. partner .. "]"]
        local strength = type(point) == "number" and point - low + 1 or nil
        if strength and (strength < 1 or strength > #strengths) then strength = nil end
        g.edges[#g.edges + 1] = { from = from, to = to, strength = strength }
      end
    end
  end
  return g
end

return M
