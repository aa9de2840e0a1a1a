-- The Accompaniment module (Accompagnement), by Tikitut (IO4 §4: the Mission locale de
-- Villeurbanne's Garantie Jeunes team tested it in IO3). The case text and the exercise are
-- written for profint: IO4 does not reproduce them.
return module {
  id = "accompaniment",
  version = "1.0.0",
  title = { en = "Accompaniment", fr = "Accompagnement" },
  author = "Tikitut",
  languages = { "en", "fr" },
  summary = {
    en = "Design activities with, not only for, the migrants and refugees you accompany: take their specific traits into account, give them an active part from design to delivery, join their professional, social and linguistic learning processes, and foster the mutual reinforcement of these processes.",
    fr = "Concevoir des activités avec, et pas seulement pour, les migrants et réfugiés que vous accompagnez : prendre en compte leurs spécificités, leur donner une part active de la conception à la réalisation, articuler leurs processus d'apprentissage professionnel, social et linguistique, et favoriser le renforcement mutuel de ces processus.",
  },
  exercises = {
    exercise {
      id = "collective-phase",
      provenance = { en = "Written for profint after IO4 §4", fr = "Écrit pour profint d'après IO4 §4" },
      title = { en = "Discussing the case: the workshops of the collective phase",
                fr = "Discussion du cas : les ateliers de la phase collective" },
      minutes = 45,
      text = {
        en = "Read the case alone (10 minutes), then discuss it as a team, one question after the other. Note the ideas of new activities as they come: the last question asks you to choose one, which the activity planning tool will help you design.",
        fr = "Lisez le cas seul·e (10 minutes), puis discutez-en en équipe, question après question. Notez les idées d'activités nouvelles au fil de l'eau : la dernière question vous demande d'en choisir une, que l'outil de planification d'activités vous aidera à concevoir.",
      },
      prompts = {
        { en = "What do the young people learn in these workshops, on the professional, the social and the linguistic side? What do they not learn?",
          fr = "Qu'apprennent les jeunes dans ces ateliers, sur le plan professionnel, social et linguistique ? Qu'est-ce qu'ils n'y apprennent pas ?" },
        { en = "At which moments could the young people take an active part, from the design of an activity to its delivery? What would the counsellors have to let go of?",
          fr = "À quels moments les jeunes pourraient-ils prendre une part active, de la conception d'une activité à sa réalisation ? À quoi les conseillers devraient-ils renoncer ?" },
        { en = "Which specific traits of the young migrants and refugees should the team take into account: what they bring, as well as what holds them back?",
          fr = "Quelles spécificités des jeunes migrants et réfugiés l'équipe devrait-elle prendre en compte : ce qu'ils apportent, autant que ce qui les freine ?" },
        { en = "“Language is not our mission.” How could an activity still help the young people progress in the language, without turning into a language course?",
          fr = "« La langue, ce n'est pas notre mission. » Comment une activité pourrait-elle tout de même aider les jeunes à progresser dans la langue, sans devenir un cours de langue ?" },
        { en = "Which new activity could you introduce in your own programme? List your ideas, then choose one together and say why.",
          fr = "Quelle activité nouvelle pourriez-vous introduire dans votre propre dispositif ? Listez vos idées, puis choisissez-en une ensemble et dites pourquoi." },
      },
    },
  },
}
