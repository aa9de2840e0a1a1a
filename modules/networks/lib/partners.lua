-- Helpers shared by the partner-map tools (version A here, version B and the CRESM plan in the
-- mcg-networks plugin, which requires this module). They read answers only, so a tool asks the
-- same questions for the same answers.
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

-- A constraint for a list whose items name later questions (situations, needs): each item once,
-- and no square brackets, which would break the answer paths `step.question[item]`.
function M.usable_names(names)
  local seen = {}
  for _, name in ipairs(names) do
    if name:find("[%[%]]") then
      return false, { en = "Please write “" .. name .. "” without square brackets [ ].",
                      fr = "Merci d'écrire « " .. name .. " » sans crochets [ ].",
                      it = "Scrivete «" .. name .. "» senza parentesi quadre [ ]." }
    end
    if seen[name] then
      return false, { en = "“" .. name .. "” is listed twice: each one is discussed once, so keep it once.",
                      fr = "« " .. name .. " » figure deux fois : chacun n'est discuté qu'une fois, gardez-le une seule fois.",
                      it = "«" .. name .. "» compare due volte: ognuno si discute una volta sola, tenetelo una volta sola." }
    end
    seen[name] = true
  end
  return true
end

-- Every partner named for the needs (or situations) at `needs_path`, once each, in the order
-- they first appear. `partners_path` is the question asked per need, e.g. "identify.partners".
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

-- The partner map: the organisation, each need (or situation) it meets, and each partner tied
-- to the need it helps with. `o` names the answers: organisation, needs, key, partners.
function M.graph(a, o)
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
  for _, need in ipairs(M.names(a, o.needs, o.key)) do
    g.nodes[#g.nodes + 1] = { id = "need:" .. need, label = need, group = "need" }
    g.edges[#g.edges + 1] = { from = "org", to = "need:" .. need }
    for _, partner in ipairs(a[o.partners .. "[" .. need .. "]"] or {}) do
      g.nodes[#g.nodes + 1] = { id = "partner:" .. partner, label = partner, group = "partner" }
      g.edges[#g.edges + 1] = { from = "partner:" .. partner, to = "need:" .. need,
        label = { en = "helps with", fr = "aide pour", it = "aiuta per" } }
    end
  end
  return g
end

return M
