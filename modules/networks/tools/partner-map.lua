-- « Outil d'identification, de cartographie et de renforcement des relations partenaires »,
-- version A (Mission locale de Villeurbanne). IO4 §5: it has three steps (MCG's version B has
-- « 4 étapes au lieu de 3 ») and may best suit « une organisation et [...] son équipe qui
-- souhaitent améliorer leur réseau et leurs relations partenariales pour mieux appréhender les
-- différentes situations et problématiques rencontrées par leurs bénéficiaires ». IO4 does not
-- name the steps: identify, map, strengthen are inferred from the tool's title.
--
-- Version B (plugins/mcg-networks) derives from this file and reuses its step and question ids:
-- keep them stable.
local partners = require "lib.partners"

-- The partners named in step 1, once each: the map step asks about each of them.
local function named_partners(a)
  return partners.partners(a, "identify.situations", "identify.partners")
end

return tool {
  provenance = {
    en = "From IO4 §5: the title, the three steps and whom version A suits. Step names (inferred from the title), questions, guidance and times written for profint after IO4 §5 and §6.",
    fr = "Tiré d'IO4 §5 : le titre, les trois étapes et ce à quoi convient la version A. Noms des étapes (déduits du titre), questions, conseils d'animation et durées écrits pour profint d'après IO4 §5 et §6.",
  },
  title = {
    en = "Tool for identifying, mapping and strengthening partner relations",
    fr = "Outil d'identification, de cartographie et de renforcement des relations partenaires",
  },
  summary = {
    en = "For an organisation that knows its recurring public and wants to strengthen and activate its partnerships to answer the situations its beneficiaries meet. Three steps: identify, map, strengthen.",
    fr = "Pour une organisation qui connaît bien son public récurrent et souhaite renforcer et activer ses partenariats pour répondre aux situations rencontrées par ses bénéficiaires. Trois étapes : identifier, cartographier, renforcer.",
  },
  version = "A",

  step {
    id = "identify",
    title = {
      en = "Identification: our public, the situations it meets, the partners we call on",
      fr = "Identification : notre public, les situations qu'il rencontre, les partenaires mobilisés",
    },
    minutes = 45,
    guidance = {
      en = "Start from real cases, not from an address book. Ask each participant to recall one or two people they accompanied recently and the difficulties those people met along the way (the case of Madame S. helps). Write the situations on a board, merge the ones that overlap, then name for each the partners you really call on today. A situation with no partner is not a failure: it is exactly what the tool is looking for.\n\nWhat teams valued in this tool when they tried it (PROFINT IO4). MCG's team found it very schematic: it helps the organisation point out clearly its strengths and weaknesses in relation to its beneficiaries' needs, and find partners able to make up for skills it lacks internally (§5). Tikitut's participants valued four of its elements: starting from the beneficiaries' needs; analysing the context by field of intervention to build a map of existing and needed partnerships; finding the right partners for the project's objectives; the importance of long-term partnerships based on complementarity (§6). Because it designs new projects for different publics and must start from their needs, MCG adapted this tool into version B (networks/partner-map-b), for an organisation that starts from its beneficiaries' needs (§5).",
      fr = "Partez de situations réelles, pas d'un carnet d'adresses. Demandez à chaque participant·e d'évoquer une ou deux personnes accompagnées récemment et les difficultés qu'elles ont rencontrées sur leur parcours (le cas de Madame S. peut aider). Notez les situations au tableau, regroupez celles qui se recoupent, puis nommez pour chacune les partenaires que vous mobilisez réellement aujourd'hui. Une situation sans partenaire n'est pas un échec : c'est précisément ce que l'outil cherche à faire apparaître.\n\nCe que les équipes ont apprécié dans cet outil en l'essayant (PROFINT IO4). Pour l'équipe de MCG, il est très schématique : il aide l'organisation à pointer clairement ses forces et ses faiblesses liées aux besoins des bénéficiaires, et à trouver des partenaires capables de compenser des manques de compétences en interne (§5). Les participants de Tikitut en ont apprécié quatre éléments : partir des besoins des bénéficiaires ; analyser le contexte par domaine d'intervention pour construire une cartographie des partenariats existants et nécessaires ; trouver les bons partenaires en relation avec les objectifs du projet ; l'importance d'établir des partenariats à long terme basés sur la complémentarité (§6). Parce qu'il conçoit de nouveaux projets pour des publics différents et doit partir de leurs besoins, MCG a adapté cet outil en une version B (networks/partner-map-b), pour une organisation qui part des besoins de ses bénéficiaires (§5).",
    },
    text = {
      en = "You know the people you accompany well. This step lists the situations they regularly meet on their integration path and, for each one, the partners you already work with.",
      fr = "Vous connaissez bien le public que vous accompagnez. Cette étape recense les situations qu'il rencontre régulièrement sur son parcours d'intégration et, pour chacune, les partenaires avec qui vous travaillez déjà.",
    },

    ask.text {
      id = "organisation",
      text = { en = "Which organisation, team or service is drawing this map?",
               fr = "Quelle organisation, équipe ou service réalise cette cartographie ?" },
      help = { en = "For example: “Mission locale de Villeurbanne, Garantie Jeunes team”.",
               fr = "Par exemple : « Mission locale de Villeurbanne, équipe Garantie Jeunes »." },
    },
    ask.text {
      id = "goal",
      text = { en = "What do you expect from this work on your partnerships?",
               fr = "Qu'attendez-vous de ce travail sur vos partenariats ?" },
      help = { en = "One or two sentences, for example: “find partners to complement our work”, or “a complete map of our existing partners, and at least two new ones”.",
               fr = "Une ou deux phrases, par exemple : « trouver des partenaires qui complètent notre travail », ou « une carte complète de nos partenaires actuels, et au moins deux nouveaux »." },
    },
    ask.text {
      id = "public",
      text = { en = "Who is the public you accompany regularly? Describe it in a few words: ages, situations, paths.",
               fr = "Quel est le public que vous accompagnez régulièrement ? Décrivez-le en quelques mots : âges, situations, parcours." },
      help = { en = "For example: “young people aged 16 to 25, some of them migrants or refugees, in the collective phase of the Garantie Jeunes”.",
               fr = "Par exemple : « des jeunes de 16 à 25 ans, dont une partie de migrants ou réfugiés, en phase collective de la Garantie Jeunes »." },
    },
    ask.list {
      id = "situations",
      min = 2,
      constraint = partners.usable_names,   -- each situation once, no square brackets
      text = { en = "Which situations or difficulties do your beneficiaries regularly meet, for which you need other organisations?",
               fr = "Quelles situations ou difficultés vos bénéficiaires rencontrent-ils régulièrement, pour lesquelles vous avez besoin d'autres organisations ?" },
      help = { en = "One situation per item, in a few words: housing, health care, childcare, learning the language, recognition of diplomas, mobility, debts, administrative procedures, finding a work placement…",
               fr = "Une situation par ligne, en quelques mots : logement, soins, garde d'enfants, apprentissage de la langue, reconnaissance des diplômes, mobilité, dettes, démarches administratives, recherche de stage…" },
    },
    ask.list {
      id = "partners",
      each = "identify.situations",
      optional = true,
      text = { en = "Situation: {item}. Which partners do you work with today on it?",
               fr = "Situation : {item}. Avec quels partenaires travaillez-vous aujourd'hui sur ce point ?" },
      help = { en = "One partner per item: the organisation, and the contact person if it helps. Leave it empty if there is no one yet: the gap will show on the map.",
               fr = "Un partenaire par ligne : l'organisation, et la personne contact si c'est utile. Laissez vide s'il n'y a encore personne : le manque apparaîtra sur la carte." },
    },
  },

  step {
    id = "map",
    title = { en = "Mapping: our relations with each partner",
              fr = "Cartographie : nos relations avec chaque partenaire" },
    minutes = 45,
    guidance = {
      en = "Take the partners one by one. Short, honest answers are enough: the point is to see which relations work, which rest on one colleague's goodwill and which exist only on paper. If the list is long, share the partners out among small groups, then pool the answers.",
      fr = "Prenez les partenaires un par un. Des réponses brèves et franches suffisent : il s'agit de voir quelles relations fonctionnent, lesquelles reposent sur la bonne volonté d'une seule personne et lesquelles n'existent que sur le papier. Si la liste est longue, répartissez les partenaires entre petits groupes puis mettez en commun.",
    },
    text = {
      en = "Now look at each partner you named: what kind of organisation it is, how you work together, and how far you can count on it.",
      fr = "Regardez maintenant chaque partenaire cité : de quel type d'organisation il s'agit, comment vous travaillez ensemble et dans quelle mesure vous pouvez compter sur lui.",
    },

    ask.choice {
      id = "kind",
      each = named_partners,
      text = { en = "Partner: {item}. What kind of organisation is this partner?",
               fr = "Partenaire : {item}. De quel type d'organisation s'agit-il ?" },
      options = {
        { id = "public", label = { en = "Public service or institution", fr = "Service public ou institution" } },
        { id = "association", label = { en = "Association or NGO", fr = "Association ou ONG" } },
        { id = "company", label = { en = "Company or employer", fr = "Entreprise ou employeur" } },
        { id = "training", label = { en = "Training or education body", fr = "Organisme de formation ou d'enseignement" } },
        { id = "health", label = { en = "Health or care service", fr = "Service de santé ou de soins" } },
        { id = "other", label = { en = "Other", fr = "Autre" } },
      },
    },
    ask.text {
      id = "relation",
      each = named_partners,
      text = { en = "Partner: {item}. How do you work with this partner today?",
               fr = "Partenaire : {item}. Comment travaillez-vous aujourd'hui avec ce partenaire ?" },
      help = { en = "For example: a signed agreement, a named contact you can call, regular meetings, occasional referrals, a colleague's personal acquaintance.",
               fr = "Par exemple : une convention signée, un contact nommé que l'on peut appeler, des réunions régulières, des orientations ponctuelles, une connaissance personnelle d'un·e collègue." },
    },
    ask.scale {
      id = "strength",
      each = named_partners,
      text = { en = "Partner: {item}. How far can you count on this partner when a beneficiary needs it?",
               fr = "Partenaire : {item}. Dans quelle mesure pouvez-vous compter sur ce partenaire quand un bénéficiaire en a besoin ?" },
      labels = {
        [1] = { en = "Not yet, or hardly", fr = "Pas encore, ou à peine" },
        [2] = { en = "Rarely", fr = "Rarement" },
        [3] = { en = "Sometimes", fr = "Parfois" },
        [4] = { en = "Most of the time", fr = "La plupart du temps" },
        [5] = { en = "Always, and quickly", fr = "Toujours, et rapidement" },
      },
    },
    ask.text {
      id = "overview",
      text = { en = "Looking at the whole map: which situations are well covered, which rest on a single person or a fragile link, which have no partner at all?",
               fr = "En regardant l'ensemble de la carte : quelles situations sont bien couvertes, lesquelles reposent sur une seule personne ou un lien fragile, lesquelles n'ont aucun partenaire ?" },
    },
  },

  step {
    id = "strengthen",
    title = { en = "Strengthening: activate and consolidate our partnerships",
              fr = "Renforcement : activer et consolider nos partenariats" },
    minutes = 40,
    guidance = {
      en = "Turn what the map shows into a few concrete actions, each with a person and a date: three actions carried out are worth more than ten good intentions. Before closing, agree on when you will look at the map again together.",
      fr = "Transformez ce que montre la carte en quelques actions concrètes, chacune avec une personne et une date : trois actions menées valent mieux que dix bonnes intentions. Avant de conclure, convenez du moment où vous reprendrez la carte ensemble.",
    },
    text = {
      en = "Decide which relations to strengthen, which partners to activate or to look for, and how to keep these relations alive over time.",
      fr = "Décidez quelles relations renforcer, quels partenaires activer ou rechercher, et comment faire vivre ces relations dans la durée.",
    },

    ask.list {
      id = "priorities",
      min = 1,
      text = { en = "Which partnerships do you want to strengthen or activate first, and why?",
               fr = "Quels partenariats voulez-vous renforcer ou activer en priorité, et pourquoi ?" },
      help = { en = "One per item, for example: “Housing: meet the new manager of the housing association, our last referrals went unanswered”.",
               fr = "Un par ligne, par exemple : « Logement : rencontrer la nouvelle responsable de l'association d'hébergement, nos dernières orientations sont restées sans réponse »." },
    },
    ask.list {
      id = "new_partners",
      optional = true,
      text = { en = "Which new partners should you look for, and for which situation?",
               fr = "Quels nouveaux partenaires devriez-vous rechercher, et pour quelle situation ?" },
      help = { en = "For example: “a childcare service, for parents who start a training course”.",
               fr = "Par exemple : « un mode de garde d'enfants, pour les parents qui entrent en formation »." },
    },
    ask.table {
      id = "actions",
      min = 1,
      text = { en = "Which actions will you carry out, with whom, and by when?",
               fr = "Quelles actions allez-vous mener, avec qui, et pour quand ?" },
      row_label = { en = "Action", fr = "Action" },
      ask.text { id = "action", text = { en = "What will we do?", fr = "Que ferons-nous ?" } },
      ask.text { id = "partner", optional = true, text = { en = "With which partner?", fr = "Avec quel partenaire ?" } },
      ask.text { id = "who", text = { en = "Who in our team?", fr = "Qui dans notre équipe ?" } },
      ask.date { id = "by", optional = true, text = { en = "By when?", fr = "Pour quand ?" } },
    },
    ask.yesno {
      id = "formalise",
      text = { en = "Should some of these relations be formalised (an agreement, a charter, regular partner meetings)?",
               fr = "Certaines de ces relations devraient-elles être formalisées (convention, charte, réunions régulières entre partenaires) ?" },
    },
    ask.text {
      id = "formalise_how",
      relevant = function(a) return a["strengthen.formalise"] == true end,
      text = { en = "Which ones, and in what form?", fr = "Lesquelles, et sous quelle forme ?" },
    },
    ask.date {
      id = "review",
      optional = true,
      text = { en = "When will you look at this map again together?",
               fr = "Quand reprendrez-vous cette carte ensemble ?" },
    },
  },

  -- The map, left to right: the organisation, the situations, the partners each is handled by,
  -- coloured by kind, each link as strong as the relation with the partner.
  graph = function(a, ctx)
    return partners.graph(a, ctx, {
      organisation = "identify.organisation",
      needs = "identify.situations",
      partners = "identify.partners",
      needs_label = { en = "Situations met", fr = "Situations rencontrées", it = "Situazioni incontrate" },
      kinds = "map.kind",
      strengths = "map.strength",
    })
  end,
}
