-- What version B and the CRESM plan add to the networks module's helpers (lib/partners.lua,
-- found through `requires = { "networks" }`): their needs are the rows of the table needs.needs,
-- each naming itself in its "need" column, and their partners are asked per need, at
-- identify.partners[need]. They read answers only, so a tool asks the same questions for the
-- same answers.
local partners = require "lib.partners"

local M = {}

M.NEEDS, M.KEY = "needs.needs", "need"
local PARTNERS = "identify.partners"

-- The needs named in step 1, in order.
function M.needs(a)
  return partners.names(a, M.NEEDS, M.KEY)
end

-- A constraint for the needs table: each need names later questions, so each once, and no
-- square brackets, which would break the answer paths `step.question[need]`.
function M.usable_needs(rows)
  local names = {}
  for _, row in ipairs(rows) do names[#names + 1] = row[M.KEY] end
  local problem, name = partners.name_problem(names)
  if problem == "brackets" then
    return false, { en = "Please write the need “" .. name .. "” without square brackets [ ].",
                    fr = "Merci d'écrire le besoin « " .. name .. " » sans crochets [ ].",
                    it = "Scrivete il bisogno «" .. name .. "» senza parentesi quadre [ ]." }
  elseif problem == "twice" then
    return false, { en = "Two rows name the need “" .. name .. "”: merge them, since each need is discussed once.",
                    fr = "Deux lignes nomment le besoin « " .. name .. " » : fusionnez-les, chaque besoin n'est discuté qu'une fois.",
                    it = "Due righe indicano il bisogno «" .. name .. "»: unitele, perché ogni bisogno si discute una volta sola." }
  end
  return true
end

-- The partners named for the needs, once each, in the order they first appear.
function M.partners(a)
  return partners.partners(a, M.NEEDS, PARTNERS, M.KEY)
end

-- The partner map: the organisation (named at `organisation_path`: identify.organisation in
-- version B, us.organisation in the CRESM plan), the needs, the partners each need is met by,
-- coloured by kind (map.kind), each link as strong as the relation (map.strength).
function M.graph(a, ctx, organisation_path)
  return partners.graph(a, ctx, {
    organisation = organisation_path,
    needs = M.NEEDS,
    key = M.KEY,
    partners = PARTNERS,
    needs_label = { en = "Beneficiaries' needs", fr = "Besoins des bénéficiaires", it = "Bisogni dei beneficiari" },
    kinds = "map.kind",
    strengths = "map.strength",
  })
end

return M
