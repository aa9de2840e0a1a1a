-- The Networks module (Réseaux), by the Mission locale de Villeurbanne (IO4 §5: MCG's five
-- members tested it in IO3; IO4 §6: so did three Tikitut volunteers). IO4 names the case of
-- Madame S. and says what it set side by side (§6), but gives neither its text nor its
-- discussion questions: both are written for profint.
return module {
  id = "networks",
  version = "1.0.0",
  title = { en = "Networks", fr = "Réseaux" },
  author = "Mission locale de Villeurbanne",
  languages = { "en", "fr" },
  summary = {
    en = "Identify, map and strengthen the partnerships an accompanying team needs to answer the situations its beneficiaries meet. The case of Madame S. shows the Mission locale de Villeurbanne running a large network of partners, strongly structured and institutionalised, that works efficiently to solve different situations; discussed at Tikitut, it set the association's own rather limited and informal network practices beside it.",
    fr = "Identifier, cartographier et renforcer les partenariats dont une équipe d'accompagnement a besoin pour répondre aux situations rencontrées par ses bénéficiaires. Le cas de Madame S. montre la gestion par la Mission locale de Villeurbanne d'un large réseau de partenaires fortement structuré et institutionnalisé, qui fonctionne de façon efficace pour résoudre différentes situations ; discuté chez Tikitut, il a mis en regard les pratiques réseaux de l'association, plutôt limitées et informelles.",
  },
  exercises = {
    exercise {
      id = "madame-s",
      provenance = { en = "Written for profint after IO4 §5 and §6", fr = "Écrit pour profint d'après IO4 §5 et §6" },
      title = { en = "Discussing the case of Madame S.", fr = "Discussion du cas de Madame S." },
      minutes = 45,
      text = {
        en = "Read the case alone (10 minutes), then discuss it in groups of four to six, one question after the other. Someone notes the ideas that concern your own organisation: the tool will start from them.",
        fr = "Lisez le cas seul·e (10 minutes), puis discutez-en par groupes de quatre à six, question après question. Une personne note les idées qui concernent votre propre organisation : l'outil partira de là.",
      },
      prompts = {
        { en = "Which situations did Madame S. meet on her path? Which of them could one organisation have solved alone?",
          fr = "Quelles situations Madame S. a-t-elle rencontrées sur son parcours ? Lesquelles une organisation aurait-elle pu résoudre à elle seule ?" },
        { en = "In each network, who took up which situation, and how quickly? What made the structured network work?",
          fr = "Dans chaque réseau, qui a pris en charge quelle situation, et en combien de temps ? Qu'est-ce qui a fait fonctionner le réseau structuré ?" },
        { en = "What can an informal network do that a structured one cannot, and the other way round? What does each cost to keep alive?",
          fr = "Que peut faire un réseau informel qu'un réseau structuré ne peut pas faire, et inversement ? Que coûte chacun à faire vivre ?" },
        { en = "Think of your own organisation: for which situations of your beneficiaries do you have a partner you could call today? For which do you not?",
          fr = "Pensez à votre propre organisation : pour quelles situations de vos bénéficiaires avez-vous un partenaire que vous pourriez appeler aujourd'hui ? Pour lesquelles n'en avez-vous pas ?" },
        { en = "Which of your relations rest on one person's goodwill? What would it take to make them last when that person leaves?",
          fr = "Lesquelles de vos relations reposent sur la bonne volonté d'une seule personne ? Que faudrait-il pour qu'elles survivent au départ de cette personne ?" },
      },
    },
  },
}
