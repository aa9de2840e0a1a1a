-- Activity planning tool for accompaniers of migrants and refugees (the Accompaniment module,
-- by Tikitut). Its questions carry four recommendations of the PROFINT model, in IO4 §4's words:
--   1. « La prise en compte des spécificités des bénéficiaires. »
--   2. « La participation active des bénéficiaires à l'activité, de sa conception à sa
--      réalisation. »
--   3. « L'articulation des trois processus d'apprentissage des bénéficiaires dans les actions
--      menées » (professional P, social S, linguistic L; questions are tagged with the processes
--      they serve);
--   4. « L'attention à favoriser le renforcement mutuel de ces différents processus
--      d'apprentissage. »
-- Then objectives and success indicators, planning (phases, retro-planning, actions) and roles:
-- written for profint from what the O'travail experiment shows a planning needs (IO4 §4 to §4.3).

-- Whether a multi answer holds one of the given option ids.
local function has(chosen, ...)
  for _, id in ipairs(chosen or {}) do
    for _, wanted in ipairs({ ... }) do
      if id == wanted then return true end
    end
  end
  return false
end

local PROCESSES = {
  { id = "P", label = { en = "P: professional", fr = "P : professionnel" } },
  { id = "S", label = { en = "S: social", fr = "S : social" } },
  { id = "L", label = { en = "L: linguistic", fr = "L : linguistique" } },
}

return tool {
  provenance = {
    en = "From IO4 §4: the title and the four recommendations. Questions, guidance and times written for profint after IO4 §4 to §4.3.",
    fr = "Tiré d'IO4 §4 : le titre et les quatre recommandations. Questions, conseils d'animation et durées écrits pour profint d'après IO4 §4 à §4.3.",
  },
  title = { en = "Activity planning tool for accompaniers of migrants and refugees",
            fr = "Planification d'activités pour les accompagnateurs de migrants et réfugiés" },
  summary = {
    en = "Design an activity with the migrants and refugees you accompany, following four PROFINT recommendations: their specific traits, their active part from design to delivery, the joining of the three learning processes (professional, social, linguistic) and attention to fostering their mutual reinforcement. Then set objectives and success indicators, plan the phases and actions, and share out the roles.",
    fr = "Concevoir une activité avec les migrants et réfugiés que vous accompagnez, en suivant quatre recommandations du modèle PROFINT : leurs spécificités, leur participation active de la conception à la réalisation, l'articulation des trois processus d'apprentissage (professionnel, social, linguistique) et l'attention à favoriser leur renforcement mutuel. Puis fixer des objectifs et des indicateurs de réussite, planifier les phases et les actions, et répartir les rôles.",
  },
  version = "1.0",

  step {
    id = "activity",
    title = { en = "The activity and the group", fr = "L'activité et le groupe" },
    minutes = 15,
    guidance = {
      en = "Start from the idea the team chose together during the case discussion. A few words are enough here; the details come later. If the team hesitates between two ideas, keep the one the participants themselves would most want to take part in.",
      fr = "Partez de l'idée que l'équipe a choisie ensemble lors de la discussion du cas. Quelques mots suffisent ici ; les détails viendront ensuite. Si l'équipe hésite entre deux idées, gardez celle à laquelle les participants eux-mêmes auraient le plus envie de prendre part.",
    },
    text = { en = "Describe the activity you want to set up and the group it is for.",
             fr = "Décrivez l'activité que vous voulez mettre en place et le groupe auquel elle s'adresse." },

    ask.text {
      id = "name",
      text = { en = "What is the activity called, for now?", fr = "Comment s'appelle l'activité, pour l'instant ?" },
      help = { en = "A working title is enough: the participants may choose the final name themselves. At the Mission locale de Villeurbanne, the young people voted for “O'travail”.",
               fr = "Un titre provisoire suffit : les participants pourront choisir eux-mêmes le nom définitif. À la Mission locale de Villeurbanne, les jeunes ont choisi « O'travail » par un vote." },
    },
    ask.text {
      id = "idea",
      text = { en = "What is the activity, in a few sentences? What will the participants do, and what for?",
               fr = "En quoi consiste l'activité, en quelques phrases ? Que feront les participants, et dans quel but ?" },
    },
    ask.text {
      id = "setting",
      text = { en = "In which programme, and at which phase of the accompaniment, will it take place?",
               fr = "Dans quel dispositif, et à quelle phase de l'accompagnement, aura-t-elle lieu ?" },
      help = { en = "For example: the collective phase of the Garantie Jeunes, in the time set aside for links with companies and temporary-work agencies.",
               fr = "Par exemple : la phase collective de la Garantie Jeunes, dans les temps consacrés au lien avec les entreprises et les agences d'intérim." },
    },
    ask.number {
      id = "participants",
      integer = true, min = 1, max = 100,
      unit = { en = "people", fr = "personnes" },
      text = { en = "How many people will take part?", fr = "Combien de personnes y participeront ?" },
    },
    ask.number {
      id = "migrants",
      integer = true, min = 0,
      max = function(a) return a["activity.participants"] end,   -- no more than the participants
      unit = { en = "people", fr = "personnes" },
      text = { en = "How many of them are migrants or refugees?", fr = "Combien d'entre elles sont migrantes ou réfugiées ?" },
      message = { en = "There cannot be more migrants or refugees than participants: check the two numbers.",
                  fr = "Il ne peut pas y avoir plus de migrants ou réfugiés que de participants : vérifiez les deux nombres." },
    },
    ask.choice {
      id = "mode",
      text = { en = "How will the activity be run?", fr = "Comment l'activité sera-t-elle menée ?" },
      options = {
        { id = "project", label = { en = "In project mode: the participants build and run it, the accompaniers support them",
                                    fr = "En mode projet : les participants la construisent et la mènent, les accompagnateurs les soutiennent" } },
        { id = "workshop", label = { en = "As a workshop led by the accompaniers", fr = "Comme un atelier animé par les accompagnateurs" } },
        { id = "mixed", label = { en = "A mix of both", fr = "Un peu des deux" } },
      },
    },
  },

  step {
    id = "traits",
    title = { en = "Recommendation 1: the beneficiaries' specific traits",
              fr = "Recommandation 1 : les spécificités des bénéficiaires" },
    minutes = 15,
    guidance = {
      en = "Think of the actual people in the group, especially the migrants and refugees: what they bring (languages, experience, skills) as much as what may hold them back. Avoid generalities: one concrete trait is worth more than a long list.",
      fr = "Pensez aux personnes réelles du groupe, en particulier aux migrants et réfugiés : ce qu'ils apportent (langues, expériences, compétences) autant que ce qui peut les freiner. Évitez les généralités : une spécificité concrète vaut mieux qu'une longue liste.",
    },
    text = { en = "The first recommendation of the PROFINT model: taking the beneficiaries' specific traits into account.",
             fr = "Première recommandation du modèle PROFINT : la prise en compte des spécificités des bénéficiaires." },

    ask.multi {
      id = "traits",
      min = 1,
      text = { en = "Which traits of the participants must the activity take into account?",
               fr = "Quelles spécificités des participants l'activité doit-elle prendre en compte ?" },
      options = {
        { id = "language", label = { en = "Their level in the local language, spoken and written", fr = "Leur niveau dans la langue du pays, à l'oral et à l'écrit" } },
        { id = "experience", label = { en = "Skills and work experience gained in their country", fr = "Les compétences et expériences professionnelles acquises dans leur pays" } },
        { id = "labour-market", label = { en = "Their knowledge of the local labour market and its codes", fr = "Leur connaissance du marché du travail local et de ses codes" } },
        { id = "confidence", label = { en = "Self-confidence, fear of speaking in front of others", fr = "La confiance en soi, la peur de prendre la parole devant les autres" } },
        { id = "status", label = { en = "Their administrative situation (residence, right to work)", fr = "Leur situation administrative (séjour, droit au travail)" } },
        { id = "living", label = { en = "Living conditions (housing, income, mobility)", fr = "Les conditions de vie (logement, ressources, mobilité)" } },
        { id = "path", label = { en = "Their migration path and its possible after-effects (tiredness, stress, trauma)", fr = "Leur parcours migratoire et ses séquelles éventuelles (fatigue, stress, traumatismes)" } },
        { id = "other", label = { en = "Other", fr = "Autre" } },
      },
    },
    ask.text {
      id = "other",
      relevant = function(a) return has(a["traits.traits"], "other") end,
      text = { en = "Which other traits?", fr = "Quelles autres spécificités ?" },
    },
    ask.text {
      id = "adaptations",
      text = { en = "How will the activity take these traits into account?",
               fr = "Comment l'activité tiendra-t-elle compte de ces spécificités ?" },
      help = { en = "For example: mixing profiles in each sub-group, visual supports, role plays before any real phone call, pairing a confident speaker with a shy one.",
               fr = "Par exemple : mixer les profils dans chaque sous-groupe, des supports visuels, des jeux de rôle avant tout appel réel, faire travailler ensemble une personne à l'aise à l'oral et une personne plus réservée." },
    },
  },

  step {
    id = "participation",
    title = { en = "Recommendation 2: an active part, from design to delivery",
              fr = "Recommandation 2 : une participation active, de la conception à la réalisation" },
    minutes = 20,
    guidance = {
      en = "Ask at which moments the participants will decide, not only take part. The more stages they own, the more they learn; say honestly where the accompaniers keep the lead. Expect it to take time: presenting the project so that everyone understands it, reaching a consensus on the planning, letting the group keep its own deadlines.",
      fr = "Demandez à quels moments les participants décideront, et pas seulement participeront. Plus ils maîtrisent d'étapes, plus ils apprennent ; dites franchement où les accompagnateurs gardent la main. Prévoyez du temps : présenter le projet pour que chacun le comprenne, obtenir un consensus sur la planification, laisser le groupe tenir ses propres délais.",
    },
    text = { en = "The second recommendation: the beneficiaries' active part in the activity, from its design to its delivery.",
             fr = "Deuxième recommandation : la participation active des bénéficiaires à l'activité, de sa conception à sa réalisation." },

    ask.multi {
      id = "stages",
      min = 2,
      text = { en = "In which stages will the participants take an active part?",
               fr = "À quelles étapes les participants prendront-ils une part active ?" },
      options = {
        { id = "choose", label = { en = "Choosing and designing the activity", fr = "Choisir et concevoir l'activité" } },
        { id = "name", label = { en = "Naming the project", fr = "Donner un nom au projet" } },
        { id = "plan", label = { en = "Planning the steps and the deadlines", fr = "Planifier les étapes et les délais" } },
        { id = "tasks", label = { en = "Sharing out the tasks", fr = "Se répartir les tâches" } },
        { id = "tools", label = { en = "Making the tools (lists, scripts, supports)", fr = "Élaborer les outils (listes, scripts, supports)" } },
        { id = "deliver", label = { en = "Carrying out the activity (contacts, meetings, events)", fr = "Réaliser l'activité (prises de contact, rencontres, événements)" } },
        { id = "report", label = { en = "Reporting back and pooling the results", fr = "Faire le retour et la mise en commun" } },
        { id = "evaluate", label = { en = "Evaluating the activity", fr = "Évaluer l'activité" } },
      },
      -- "From design to delivery": at least one stage of each.
      constraint = function(value)
        return has(value, "choose", "name", "plan", "tasks", "tools") and has(value, "deliver", "report", "evaluate")
      end,
      message = { en = "The recommendation is an active part from design to delivery: choose at least one stage of design (choosing, naming, planning, sharing tasks, making tools) and one of delivery (carrying out, reporting back, evaluating).",
                  fr = "La recommandation demande une participation active de la conception à la réalisation : choisissez au moins une étape de conception (choisir, nommer, planifier, répartir les tâches, élaborer les outils) et une de réalisation (réaliser, faire le retour, évaluer)." },
    },
    ask.text {
      id = "decisions",
      text = { en = "Which decisions will the participants take themselves, and how (a vote, a consensus…)?",
               fr = "Quelles décisions les participants prendront-ils eux-mêmes, et comment (vote, consensus…) ?" },
      help = { en = "For example: the name of the project by a vote, the planning by consensus after a brainstorming, the sharing of tasks.",
               fr = "Par exemple : le nom du projet par un vote, la planification par consensus après un brainstorming, la répartition des tâches." },
    },
    ask.text {
      id = "support",
      text = { en = "What will the accompaniers do to support the group without taking over?",
               fr = "Que feront les accompagnateurs pour soutenir le groupe sans prendre sa place ?" },
      help = { en = "For example: check that everyone has understood the project and its aims, run the brainstorming, balance the sub-groups, prepare role plays, encourage those who do not dare to speak.",
               fr = "Par exemple : s'assurer que chacun a compris le projet et ses objectifs, animer le brainstorming, équilibrer les sous-groupes, préparer des jeux de rôle, encourager ceux qui n'osent pas prendre la parole." },
    },
  },

  step {
    id = "learning",
    title = { en = "Recommendation 3: the three learning processes",
              fr = "Recommandation 3 : les trois processus d'apprentissage" },
    minutes = 20,
    guidance = {
      en = "Go through the three processes one by one. Supporting the command of the language need not be among your missions to have its place in the activity: it is not among the missions of the Mission locale de Villeurbanne, yet scripts, phone calls and speaking in front of the group made the young people practise spoken and written French.",
      fr = "Reprenez les trois processus un par un. L'accompagnement à la maîtrise de la langue n'a pas besoin de figurer parmi vos missions pour avoir sa place dans l'activité : il ne fait pas partie des missions de la Mission locale de Villeurbanne, et pourtant les scripts, les appels et la prise de parole devant le groupe ont fait pratiquer aux jeunes le français oral et écrit.",
    },
    text = { en = "The third recommendation: joining the beneficiaries' three learning processes (professional P, social S, linguistic L) in the actions carried out.",
             fr = "Troisième recommandation : l'articulation des trois processus d'apprentissage des bénéficiaires (professionnel P, social S, linguistique L) dans les actions menées." },

    ask.text {
      id = "professional",
      tags = { "P" },
      text = { en = "What will the participants learn on the professional side?",
               fr = "Qu'apprendront les participants sur le plan professionnel ?" },
      help = { en = "For example: knowing companies and temporary-work agencies, presenting oneself, adopting an appropriate professional posture, making tools ready to use.",
               fr = "Par exemple : connaître les entreprises et les agences d'intérim, savoir se présenter, adopter un positionnement professionnel adapté, produire des outils immédiatement mobilisables." },
    },
    ask.text {
      id = "social",
      tags = { "S" },
      text = { en = "What will they learn on the social side?", fr = "Qu'apprendront-ils sur le plan social ?" },
      help = { en = "For example: working in a team, taking responsibility, gaining confidence and autonomy, getting around the city.",
               fr = "Par exemple : travailler en équipe, prendre des responsabilités, gagner en confiance et en autonomie, se déplacer dans la ville." },
    },
    ask.text {
      id = "linguistic",
      tags = { "L" },
      text = { en = "What will they learn on the linguistic side?", fr = "Qu'apprendront-ils sur le plan linguistique ?" },
      help = { en = "For example: speaking on the phone, writing a message, asking questions in an interview, speaking in front of a group.",
               fr = "Par exemple : parler au téléphone, écrire un message, poser des questions lors d'un entretien, prendre la parole devant un groupe." },
    },
    ask.yesno {
      id = "language_mission",
      text = { en = "Is supporting the command of the language one of your organisation's missions?",
               fr = "L'accompagnement à la maîtrise de la langue fait-il partie des missions de votre organisation ?" },
    },
    ask.text {
      id = "language_support",
      tags = { "L" },
      relevant = function(a) return a["learning.language_mission"] == false end,
      text = { en = "Then how will the activity still support the participants' command of the language?",
               fr = "Comment l'activité contribuera-t-elle alors tout de même à l'accompagnement à la maîtrise de la langue des participants ?" },
      help = { en = "For example: scripts written together, role plays, real calls; and pointing those who want to go further to a language course.",
               fr = "Par exemple : des scripts écrits ensemble, des jeux de rôle, de vrais appels ; et orienter vers une formation en langue ceux qui veulent aller plus loin." },
    },
  },

  step {
    id = "reinforcement",
    title = { en = "Recommendation 4: fostering the mutual reinforcement of the learning processes",
              fr = "Recommandation 4 : favoriser le renforcement mutuel des processus d'apprentissage" },
    minutes = 10,
    guidance = {
      en = "Look for the moments where one learning feeds another. If one process stands apart, change a task rather than add one.",
      fr = "Cherchez les moments où un apprentissage en nourrit un autre. Si un processus reste à part, modifiez une tâche plutôt que d'en ajouter une.",
    },
    text = { en = "The fourth recommendation: attention to fostering the mutual reinforcement of these different learning processes.",
             fr = "Quatrième recommandation : l'attention à favoriser le renforcement mutuel de ces différents processus d'apprentissage." },

    ask.text {
      id = "links",
      tags = { "P", "S", "L" },
      text = { en = "At which moments of the activity will one learning support another?",
               fr = "À quels moments de l'activité un apprentissage en soutiendra-t-il un autre ?" },
      help = { en = "For example: phoning a company (P) makes the participants practise spoken French (L) and gives them confidence (S); reporting back to the group (S) trains their expression (L).",
               fr = "Par exemple : appeler une entreprise (P) fait pratiquer le français oral (L) et donne confiance (S) ; faire le retour devant le groupe (S) entraîne l'expression (L)." },
    },
    ask.scale {
      id = "balance",
      tags = { "P", "S", "L" },
      text = { en = "As planned, how balanced are the three processes in the activity?",
               fr = "Telle qu'elle est prévue, dans quelle mesure l'activité équilibre-t-elle les trois processus ?" },
      labels = {
        [1] = { en = "One process takes up almost everything", fr = "Un processus prend presque toute la place" },
        [3] = { en = "Two processes lead, the third follows", fr = "Deux processus dominent, le troisième suit" },
        [5] = { en = "The three are well balanced", fr = "Les trois sont bien équilibrés" },
      },
    },
  },

  step {
    id = "objectives",
    title = { en = "Objectives and success indicators", fr = "Objectifs et indicateurs de réussite" },
    minutes = 15,
    guidance = {
      en = "Two or three objectives are enough. An indicator is something you will be able to count or observe at the end of the activity, such as the number and quality of the meetings the participants obtain with companies.",
      fr = "Deux ou trois objectifs suffisent. Un indicateur est quelque chose que vous pourrez compter ou observer à la fin de l'activité, comme le nombre et la qualité des rendez-vous obtenus par les participants avec les entreprises.",
    },

    ask.list {
      id = "objectives",
      min = 1, max = 5,
      text = { en = "What are the objectives of the activity?", fr = "Quels sont les objectifs de l'activité ?" },
      help = { en = "One objective per item. For example: “develop the participants' socio-professional skills (posture, communication, team work)”, “involve the participants in project mode”.",
               fr = "Un objectif par ligne. Par exemple : « développer les compétences socioprofessionnelles des participants (posture, communication, travail d'équipe) », « impliquer les participants en mode projet »." },
    },
    ask.table {
      id = "indicators",
      min = 1,
      row_label = { en = "Indicator", fr = "Indicateur" },
      text = { en = "How will you know that the activity succeeded? Give one or more success indicators.",
               fr = "À quoi verrez-vous que l'activité a réussi ? Donnez un ou plusieurs indicateurs de réussite." },
      ask.text { id = "indicator", text = { en = "Indicator", fr = "Indicateur" } },
      ask.text { id = "target", optional = true, text = { en = "Target, if any", fr = "Cible, le cas échéant" } },
      ask.text { id = "how", optional = true, text = { en = "How it will be observed or counted", fr = "Comment il sera observé ou compté" } },
    },
  },

  step {
    id = "planning",
    title = { en = "Planning: phases, retro-planning and actions", fr = "Planification : phases, rétro-planning et actions" },
    minutes = 25,
    guidance = {
      en = "Plan with the participants, not for them: what you write here is a proposal the group will adjust. A retro-planning starts from the end date and works backwards; it helps a group keep its own deadlines. If you form sub-groups, mix the profiles so that each group is balanced and can work on its own.",
      fr = "Planifiez avec les participants, pas à leur place : ce que vous écrivez ici est une proposition que le groupe ajustera. Un rétro-planning part de la date de fin et remonte le temps ; il aide un groupe à tenir ses propres délais. Si vous formez des sous-groupes, mixez les profils pour que chaque groupe soit équilibré et puisse travailler en autonomie.",
    },
    text = { en = "Plan the activity: its phases, its calendar and its actions.",
             fr = "Planifiez l'activité : ses phases, son calendrier et ses actions." },

    ask.list {
      id = "phases",
      min = 1, max = 8,
      text = { en = "What are the main phases of the activity, in order?", fr = "Quelles sont les grandes phases de l'activité, dans l'ordre ?" },
      help = { en = "One phase per item, for example: “preparation”, “making appointments and meeting companies”, “reporting back”.",
               fr = "Une phase par ligne, par exemple : « préparation », « prise de rendez-vous et rencontres avec les entreprises », « retour et mise en commun »." },
    },
    ask.yesno {
      id = "retro",
      text = { en = "Will you build a retro-planning with the participants, starting from the end date and working backwards?",
               fr = "Construirez-vous un rétro-planning avec les participants, en partant de la date de fin ?" },
    },
    ask.date {
      id = "start",
      optional = true,
      text = { en = "When does the activity start, if you know already?", fr = "Quand l'activité commence-t-elle, si vous le savez déjà ?" },
    },
    ask.date {
      id = "end",
      optional = true,
      relevant = function(a) return a["planning.retro"] == true end,
      text = { en = "On which date must the activity be finished (the date the retro-planning starts from), if you know already?",
               fr = "À quelle date l'activité doit-elle être terminée (la date dont part le rétro-planning), si vous le savez déjà ?" },
      min = function(a) return a["planning.start"] end,   -- not before the start, when it is known
      message = { en = "The end date comes before the start date: check the two dates.",
                  fr = "La date de fin précède la date de début : vérifiez les deux dates." },
    },
    ask.list {
      id = "subgroups",
      optional = true,
      text = { en = "Will the participants work in sub-groups? If so, what will each sub-group do?",
               fr = "Les participants travailleront-ils en sous-groupes ? Si oui, que fera chaque sous-groupe ?" },
      help = { en = "One sub-group per item, for example: “the list of partners to contact”, “the spoken and written script for the first contact”, “the interview sheet for the meetings”.",
               fr = "Un sous-groupe par ligne, par exemple : « la liste des partenaires à contacter », « le script oral et écrit de la prise de contact », « la fiche interview pour les rencontres »." },
    },
    ask.table {
      id = "actions",
      min = 1,
      row_label = { en = "Action", fr = "Action" },
      text = { en = "The table of actions: what will be done, by whom and when?",
               fr = "Le tableau des actions : que fera-t-on, qui le fera, et quand ?" },
      ask.text { id = "action", text = { en = "Action", fr = "Action" } },
      ask.text { id = "who", text = { en = "Who carries it out", fr = "Qui la mène" } },
      ask.text { id = "when", optional = true, text = { en = "When (a date or a period)", fr = "Quand (une date ou une période)" } },
      ask.multi { id = "processes", optional = true, options = PROCESSES,
        text = { en = "Learning processes at work", fr = "Processus d'apprentissage mobilisés" } },
    },
  },

  step {
    id = "roles",
    title = { en = "Roles", fr = "Rôles" },
    minutes = 10,
    guidance = {
      en = "Name people, not only functions, and give the participants' role as much attention as the accompaniers'. Before closing, ask what could be hard for the accompaniers in this new way of working, and how the team will support them.",
      fr = "Nommez des personnes, pas seulement des fonctions, et accordez au rôle des participants autant d'attention qu'à celui des accompagnateurs. Avant de conclure, demandez ce qui pourrait être difficile pour les accompagnateurs dans cette nouvelle façon de travailler, et comment l'équipe les soutiendra.",
    },

    ask.table {
      id = "roles",
      text = { en = "Who does what?", fr = "Qui fait quoi ?" },
      rows = {
        { id = "accompaniers", label = { en = "Accompaniers", fr = "Accompagnateurs" } },
        { id = "participants", label = { en = "Participants", fr = "Participants" } },
        { id = "partners", label = { en = "External partners", fr = "Partenaires extérieurs" } },
        { id = "others", label = { en = "Others (sponsor, volunteers…)", fr = "Autres (marraine, bénévoles…)" } },
      },
      ask.text { id = "who", optional = true, text = { en = "Who", fr = "Qui" } },
      ask.text { id = "role", optional = true, text = { en = "Their role", fr = "Leur rôle" } },
    },
    ask.text {
      id = "challenges",
      optional = true,
      text = { en = "What could be hard for the accompaniers, and how will you prepare for it?",
               fr = "Qu'est-ce qui pourrait être difficile pour les accompagnateurs, et comment vous y préparerez-vous ?" },
      help = { en = "For example: making sure everyone understands the project, getting a consensus on the planning, helping everyone dare to speak and to call a company.",
               fr = "Par exemple : s'assurer que chacun comprend le projet, obtenir un consensus sur la planification, amener chacun à oser prendre la parole et appeler une entreprise." },
    },
  },
}
