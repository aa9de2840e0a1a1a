-- Helpers shared by the partner-map tools: version A here, version B and the CRESM plan in the
-- mcg-networks plugin (which requires this module and builds on this file in its lib/helpers.lua).
-- They read answers only, so a tool asks the same questions for the same answers.
local M = {}

-- A text in `lang`, from a table by language; English, then any language, when it is missing
-- (as the runtime does for the texts it shows).
local function in_language(text, lang)
  if type(text) ~= "table" then return text end
  if text[lang] then return text[lang] end
  if text.en then return text.en end
  local _, any = next(text)
  return any
end

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

-- The partner map, read left to right: the organisation, each need (or situation) it meets, and
-- each partner that helps with the need. The edges run org → need → partner, so Graphviz puts the
-- three groups in three columns. `ctx` is the graph's context (ctx.lang labels the edges); `o`
-- names the answers: organisation, needs, key (for a table), partners (the question per need),
-- and the texts needs_label (the middle group) and link_label (need → partner).
M.MET_BY = { en = "met by", fr = "pris en charge par", it = "preso in carico da" }

function M.graph(a, ctx, o)
  local lang = ctx and ctx.lang or "en"
  local link = in_language(o.link_label or M.MET_BY, lang)
  local g = {
    title = { en = "Partner map", fr = "Carte des partenaires", it = "Mappa dei partner" },
    groups = {
      { id = "organisation", label = { en = "Our organisation", fr = "Notre organisation", it = "La nostra organizzazione" } },
      { id = "need", label = o.needs_label },
      { id = "partner", label = { en = "Partners", fr = "Partenaires", it = "Partner" } },
    },
    nodes = { { id = "org", label = a[o.organisation] or { en = "Our organisation", fr = "Notre organisation", it = "La nostra organizzazione" },
                group = "organisation" } },
    edges = {},
  }
  local linked = {}   -- a partner named twice for the same need is one edge
  for _, need in ipairs(M.names(a, o.needs, o.key)) do
    g.nodes[#g.nodes + 1] = { id = "need:" .. need, label = need, group = "need" }
    g.edges[#g.edges + 1] = { from = "org", to = "need:" .. need }
    for _, partner in ipairs(a[o.partners .. "[" .. need .. "]"] or {}) do
      local from, to = "need:" .. need, "partner:" .. partner
      g.nodes[#g.nodes + 1] = { id = to, label = partner, group = "partner" }
      if not linked[from .. "\0" .. to] then
        linked[from .. "\0" .. to] = true
        g.edges[#g.edges + 1] = { from = from, to = to, label = link }
      end
    end
  end
  return g
end

return M
