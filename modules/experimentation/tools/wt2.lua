-- WT2 – Following the experimentation (IO4 §3). Exactly the fields of the
-- document's table: the experimentation process (Action 1..n × what we did, difficulties,
-- results), then evaluation and perspectives. It can start from the WT1 session of the same
-- experimentation (input "plan"): its questions then recall the planned actions, the progress
-- points and the objectives.

-- The answer `path` of the WT1 session given as input, or an empty list.
local function planned(ctx, path)
  return (ctx.inputs.plan or {})[path] or {}
end

-- `intro` (a text by language) followed, when a plan was given, by `heading` and one line per
-- planned item, each made by `line(item, index)`.
local function with_plan(intro, heading, items, line)
  if #items == 0 then return intro end
  local text = {}
  for lang, first in pairs(intro) do
    local lines = { first, "", heading[lang] }
    for index, item in ipairs(items) do lines[#lines + 1] = line(item, index, lang) end
    text[lang] = table.concat(lines, "\n")
  end
  return text
end

local PROCESSES = {
  { id = "P", label = { en = "P: professional", fr = "P : professionnel" } },
  { id = "S", label = { en = "S: social", fr = "S : social" } },
  { id = "L", label = { en = "L: linguistic", fr = "L : linguistique" } },
}

return tool {
  provenance = {
    en = "From IO4 §3: the title, the summary and the fields of WT2. Written for profint after IO4 §4.3: the learning process (P, S, L) of each impact on the beneficiaries; guidance, help and times written for profint.",
    fr = "Tiré d'IO4 §3 : le titre, le résumé et les champs du WT2. Écrit pour profint d'après IO4 §4.3 : le processus d'apprentissage (P, S, L) de chaque impact sur les bénéficiaires ; conseils d'animation, aides et durées écrits pour profint.",
  },
  title = { en = "WT2 – Following the experimentation", fr = "WT2 – Suivi de l'expérimentation" },
  summary = {
    en = "Structures the description of the experimentation process and its evaluation (in terms of impacts), and a reflection on the prospects for using the tool and the durability of the improvements it helped to bring in.",
    fr = "Structure la description du processus d'expérimentation et son évaluation (en termes d'impacts), ainsi qu'une réflexion sur les perspectives d'utilisation de l'outil et la pérennité des améliorations qu'il a aidé à implémenter.",
  },
  version = "1.0",
  inputs = {
    plan = { tool = "experimentation/wt1", optional = true,
             label = { en = "The WT1 plan of this experimentation", fr = "Le WT1 (planification) de cette expérimentation" } },
  },

  step {
    id = "process",
    title = { en = "The experimentation process", fr = "Le processus d'expérimentation" },
    minutes = 45,
    guidance = {
      en = "Take the actions one by one, in the order they happened, whether or not they went as planned. Difficulties are as useful as successes: they are what the next team will learn from.",
      fr = "Reprenez les actions une par une, dans l'ordre où elles ont eu lieu, qu'elles se soient déroulées comme prévu ou non. Les difficultés sont aussi utiles que les succès : c'est d'elles que la prochaine équipe apprendra.",
    },
    ask.table {
      id = "actions",
      row_label = { en = "Action", fr = "Action" },
      text = function(a, ctx)
        return with_plan(
          { en = "For each action: what did we do, what difficulties, problems or questions came up, what results or successes?",
            fr = "Pour chaque action : qu'avons-nous fait ? Quelles difficultés, quels problèmes, quelles questions avons-nous rencontrés ? Quels résultats ou succès avons-nous obtenus ?" },
          { en = "Planned in WT1:", fr = "Prévu dans le WT1 :" },
          planned(ctx, "steps.actions"),
          function(action, index, lang)
            return "Action " .. index .. (lang == "fr" and " : " or ": ") .. tostring(action.description)
          end)
      end,
      -- One row per action of the WT1 plan, in its order (Action 1 is the plan's first action):
      -- at least as many rows as planned actions, a bound that follows the plan; rows beyond
      -- the plan are actions that were added on the way.
      min = function(a, ctx) return math.max(1, #planned(ctx, "steps.actions")) end,
      message = { en = "One row per action of the WT1 plan, in its order: the question lists the planned actions.",
                  fr = "Une ligne par action du WT1, dans son ordre : la question liste les actions prévues." },
      ask.text { id = "done", text = { en = "What did we do?", fr = "Qu'avons-nous fait ?" } },
      ask.text { id = "difficulties", optional = true,
        text = { en = "Difficulties, problems, questions", fr = "Difficultés, problèmes, questions" } },
      ask.text { id = "results", optional = true, text = { en = "Results / successes", fr = "Résultats/succès" } },
    },
  },

  step {
    id = "evaluation",
    title = { en = "Evaluation and perspectives", fr = "Évaluation et perspectives" },
    minutes = 45,
    guidance = {
      en = "Come back to the progress points and objectives of WT1 before answering the first question. For the beneficiaries, say which learning process each impact concerns: professional (P), social (S) or linguistic (L). End with what the organisation will do next with the tool.",
      fr = "Revenez aux points de progrès et aux objectifs du WT1 avant de répondre à la première question. Pour les bénéficiaires, dites quel processus d'apprentissage chaque impact concerne : professionnel (P), social (S) ou linguistique (L). Terminez par ce que l'organisation fera ensuite de l'outil.",
    },
    ask.text {
      id = "learned",
      text = function(a, ctx)
        local points = {}
        for _, point in ipairs(planned(ctx, "positioning.progress")) do points[#points + 1] = point end
        for _, row in ipairs(planned(ctx, "positioning.objectives")) do points[#points + 1] = row.objective end
        return with_plan(
          { en = "What have the organisation and the team learned? (Link it to the progress points and the objectives set at the planning stage.)",
            fr = "Qu'est-ce que l'organisation et l'équipe ont appris ? (Faire le lien avec les points de progrès et les objectifs fixés lors de la phase de planification.)" },
          { en = "Progress points and objectives in WT1:", fr = "Points de progrès et objectifs du WT1 :" },
          points,
          function(point) return "– " .. tostring(point) end)
      end,
    },
    ask.text {
      id = "external",
      text = { en = "What identifiable impacts has it had on the external actors involved or concerned?",
               fr = "Quels ont été les impacts identifiables sur les acteurs externes impliqués/concernés ?" },
    },
    ask.table {
      id = "beneficiaries",
      min = 1,
      tags = { "P", "S", "L" },
      row_label = { en = "Impact", fr = "Impact" },
      text = { en = "What identifiable impacts has it had on the beneficiaries?",
               fr = "Quels ont été les impacts identifiables sur les bénéficiaires ?" },
      ask.text { id = "impact", text = { en = "Impact", fr = "Impact" } },
      ask.multi { id = "processes", optional = true, options = PROCESSES,
        text = { en = "Learning process", fr = "Processus d'apprentissage" } },
    },
    ask.text {
      id = "perspectives",
      text = { en = "What are the perspectives for adopting the tool in the organisation?",
               fr = "Quelles perspectives pour l'adoption de l'outil dans l'organisation ?" },
    },
  },
}
