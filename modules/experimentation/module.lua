-- The experimentation worksheets WT1 and WT2, which the PROFINT partners used to try a tool in
-- their own work and to write up the result as a "methodological case" (IO4 §1 and §3). The
-- exercise is written for profint from IO4 §2 (the project work of the IO3 training test).
return module {
  id = "experimentation",
  version = "1.0.0",
  title = { en = "Experimentation worksheets", fr = "Supports de l'expérimentation" },
  author = "PROFINT partnership",
  languages = { "en", "fr" },
  summary = {
    en = "The two worksheets for the project work that closes a module: WT1 plans the experimentation of a tool in the organisation, WT2 follows it and evaluates its impacts. A filled WT1 and WT2 make a methodological case.",
    fr = "Les deux supports du travail de projet qui clôt un module : le WT1 planifie l'expérimentation d'un outil dans l'organisation, le WT2 en assure le suivi et en évalue les impacts. Un WT1 et un WT2 remplis forment un cas méthodologique.",
  },
  exercises = {
    exercise {
      id = "project-work",
      provenance = { en = "Written for profint after IO4 §2", fr = "Écrit pour profint d'après IO4 §2" },
      title = { en = "Project work: choosing what to try", fr = "Travail de projet : choisir ce que l'on va expérimenter" },
      minutes = 30,
      text = {
        en = "After the case discussion and the tool, the group chooses an improvement to try for real in its own activities. Answer these questions together, then fill in WT1.",
        fr = "Après la discussion du cas et l'outil, le groupe choisit une amélioration à expérimenter pour de vrai dans ses propres activités. Répondez ensemble à ces questions, puis remplissez le WT1.",
      },
      prompts = {
        { en = "Which ideas for improving your accompaniment came out of the case discussion? Which one matters most to you now?",
          fr = "Quelles idées d'amélioration de votre accompagnement sont ressorties de la discussion du cas ? Laquelle compte le plus pour vous aujourd'hui ?" },
        { en = "Which tool will you use, and what will you change in it to fit your problem and your context?",
          fr = "Quel outil allez-vous utiliser, et qu'allez-vous y changer pour l'adapter à votre problématique et à votre contexte ?" },
        { en = "Where in your activities will you try it for real, with whom, and when?",
          fr = "Où, dans vos activités, allez-vous l'expérimenter pour de vrai, avec qui, et quand ?" },
        { en = "What would tell you, at the end, that it worked: for the beneficiaries, for your team, for your partners?",
          fr = "Qu'est-ce qui vous dira, à la fin, que cela a marché : pour les bénéficiaires, pour votre équipe, pour vos partenaires ?" },
      },
    },
  },
}
