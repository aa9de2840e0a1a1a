-- WT1 – Planning the experimentation (IO4 §3). Exactly the fields of the
-- document's table: the general presentation of the tool, its positioning in the organisation's
-- context, then the steps of the experimentation (Action 1..n × description, actors, dates).
-- WT2 (wt2.lua) starts from a WT1 session and reads positioning.progress,
-- positioning.objectives and steps.actions: keep these ids stable.
return tool {
  provenance = {
    en = "From IO4 §3: the title, the summary and the fields of WT1. Guidance, help and times written for profint.",
    fr = "Tiré d'IO4 §3 : le titre, le résumé et les champs du WT1. Conseils d'animation, aides et durées écrits pour profint.",
  },
  title = { en = "WT1 – Planning the experimentation", fr = "WT1 – Planification de l'expérimentation" },
  summary = {
    en = "Helps 1) to position the tool and its use in the organisation's context and 2) to plan the experimentation (activities, actors concerned and timing).",
    fr = "Aide 1) au positionnement de l'outil et de son utilisation dans le contexte organisationnel et 2) au planning de l'expérimentation (activités, acteurs concernés et timing).",
  },
  version = "1.0",

  step {
    id = "presentation",
    title = { en = "General presentation of the tool", fr = "Présentation générale de l'outil" },
    minutes = 10,
    guidance = {
      en = "Name the tool as the team will call it, and say in one or two sentences what it is for. If the team adapted a module's tool, say so: it is part of the experimentation.",
      fr = "Nommez l'outil comme l'équipe l'appellera, et dites en une ou deux phrases à quoi il sert. Si l'équipe a adapté l'outil d'un module, dites-le : cela fait partie de l'expérimentation.",
    },
    ask.text { id = "name", text = { en = "Name of the tool", fr = "Nom de l'outil" } },
    ask.text { id = "objective", text = { en = "Objective of the tool", fr = "Objectif de l'outil" } },
  },

  step {
    id = "positioning",
    title = { en = "Positioning of the tool in the organisation's context",
              fr = "Positionnement de l'outil dans le contexte de l'organisation" },
    minutes = 40,
    guidance = {
      en = "Start from what the case discussion brought out: what does not work well enough today, in the organisation and in the team's practice? Then say what should have improved at the end, and how you will see it. Objectives with an indicator are easier to evaluate in WT2.",
      fr = "Partez de ce qu'a fait émerger la discussion du cas : qu'est-ce qui ne fonctionne pas assez bien aujourd'hui, dans l'organisation et dans la pratique de l'équipe ? Dites ensuite ce qui devrait s'être amélioré à la fin, et comment vous le verrez. Des objectifs assortis d'un indicateur sont plus faciles à évaluer dans le WT2.",
    },
    ask.text {
      id = "issues",
      text = { en = "Diagnosis / findings concerning 1) the organisational issues",
               fr = "Diagnostic/constats concernant 1) les problématiques organisationnelles" },
    },
    ask.text {
      id = "areas",
      text = { en = "Diagnosis / findings concerning 2) the professional development areas the tool targets",
               fr = "Diagnostic/constats concernant 2) les domaines de professionnalisation visés par l'outil" },
    },
    ask.list {
      id = "progress",
      text = { en = "Progress points aimed at by the experimentation", fr = "Points de progrès visés par l'expérimentation" },
      help = { en = "One point per item.", fr = "Un point par ligne." },
    },
    ask.table {
      id = "objectives",
      min = 1,
      row_label = { en = "Objective", fr = "Objectif" },
      text = { en = "Formal objectives of the experimentation (what results are we aiming at?), with indicators if possible",
               fr = "Objectifs formalisés de l'expérimentation (quels résultats visons-nous ?) avec indicateurs si possible" },
      ask.text { id = "objective", text = { en = "Objective", fr = "Objectif" } },
      ask.text { id = "indicator", optional = true, text = { en = "Indicator", fr = "Indicateur" } },
    },
    ask.text { id = "internal", text = { en = "Internal actors targeted", fr = "Acteurs internes visés" } },
    ask.text { id = "external", optional = true, text = { en = "External actors targeted", fr = "Acteurs externes visés" } },
    ask.text { id = "phase", text = { en = "Activity / phase of the programme targeted", fr = "Activité/phase du dispositif visée" } },
  },

  step {
    id = "steps",
    title = { en = "The steps of the experimentation", fr = "Les étapes de l'expérimentation" },
    minutes = 30,
    guidance = {
      en = "List the actions in the order they will happen, from the preparation to the evaluation. Dates may be periods (“the week after the training”). WT2 will take up these actions one by one.",
      fr = "Listez les actions dans l'ordre où elles auront lieu, de la préparation à l'évaluation. Les dates peuvent être des périodes (« la semaine qui suit la formation »). Le WT2 reprendra ces actions une par une.",
    },
    ask.table {
      id = "actions",
      min = 1,
      row_label = { en = "Action", fr = "Action" },
      text = { en = "The steps of the experimentation, action by action", fr = "Les étapes de l'expérimentation, action par action" },
      ask.text { id = "description", text = { en = "Description", fr = "Description" } },
      ask.text { id = "actors", text = { en = "Actors involved", fr = "Acteurs impliqués" } },
      ask.text { id = "dates", optional = true, text = { en = "Dates", fr = "Dates" } },
    },
  },
}
