-- Helpers of version B and of the CRESM plan. The needs are the rows of the table needs.needs
-- (each row names itself in its "need" column); partners are asked per need, at
-- identify.partners[need]. They read answers only, so a tool asks the same questions for the
-- same answers.
--
-- networks/lib/partners.lua holds the same helpers for version A. They are written out here
-- because `profint show` and `profint list` cannot yet require a Lua file from a required bundle.
local M = {}

M.NEEDS, M.KEY = "needs.needs", "need"

-- The needs named in step 1, in order.
function M.needs(a)
  local names = {}
  for _, row in ipairs(a[M.NEEDS] or {}) do names[#names + 1] = row[M.KEY] end
  return names
end

-- A constraint for the needs table: each need names later questions, so each once, and no
-- square brackets, which would break the answer paths `step.question[need]`.
function M.usable_needs(rows)
  local seen = {}
  for _, row in ipairs(rows) do
    local name = row[M.KEY]
    if name:find("[%[%]]") then
      return false, { en = "Please write the need “" .. name .. "” without square brackets [ ].",
                      fr = "Merci d'écrire le besoin « " .. name .. " » sans crochets [ ].",
                      it = "Scrivete il bisogno «" .. name .. "» senza parentesi quadre [ ]." }
    end
    if seen[name] then
      return false, { en = "Two rows name the need “" .. name .. "”: merge them, since each need is discussed once.",
                      fr = "Deux lignes nomment le besoin « " .. name .. " » : fusionnez-les, chaque besoin n'est discuté qu'une fois.",
                      it = "Due righe indicano il bisogno «" .. name .. "»: unitele, perché ogni bisogno si discute una volta sola." }
    end
    seen[name] = true
  end
  return true
end

-- The partners named for the needs, once each, in the order they first appear.
function M.partners(a)
  local seen, result = {}, {}
  for _, need in ipairs(M.needs(a)) do
    for _, partner in ipairs(a["identify.partners[" .. need .. "]"] or {}) do
      if not seen[partner] then seen[partner] = true; result[#result + 1] = partner end
    end
  end
  return result
end

-- The partner map: the organisation (named at `organisation_path`), each need, and each partner
-- tied to the need it helps with.
function M.graph(a, organisation_path)
  local g = {
    title = { en = "Partner map", fr = "Carte des partenaires", it = "Mappa dei partner" },
    groups = {
      { id = "organisation", label = { en = "Our organisation", fr = "Notre organisation", it = "La nostra organizzazione" } },
      { id = "need", label = { en = "Beneficiaries' needs", fr = "Besoins des bénéficiaires", it = "Bisogni dei beneficiari" } },
      { id = "partner", label = { en = "Partners", fr = "Partenaires", it = "Partner" } },
    },
    nodes = { { id = "org", group = "organisation",
                label = a[organisation_path] or { en = "Our organisation", fr = "Notre organisation", it = "La nostra organizzazione" } } },
    edges = {},
  }
  for _, need in ipairs(M.needs(a)) do
    table.insert(g.nodes, { id = "need:" .. need, label = need, group = "need" })
    table.insert(g.edges, { from = "org", to = "need:" .. need })
    for _, partner in ipairs(a["identify.partners[" .. need .. "]"] or {}) do
      table.insert(g.nodes, { id = "partner:" .. partner, label = partner, group = "partner" })
      table.insert(g.edges, { from = "partner:" .. partner, to = "need:" .. need,
                              label = { en = "helps with", fr = "aide pour", it = "aiuta per" } })
    end
  end
  return g
end

return M
