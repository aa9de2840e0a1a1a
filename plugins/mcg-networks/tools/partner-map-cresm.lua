-- The session plan MCG ran with the management team of CRESM, an organisation based in Palermo
-- (IO4 §5.1): version B in « cinq étapes qui ont représenté 4 heures effectives de travail et
-- d'échanges entre les participants ».
--   1. Who are our beneficiaries?                                   30 min
--   2. Who are we? (knowledge, skills, resources; can we meet the needs alone?)  60 min
--   3. Whom do we need?                                             60 min
--   4. How are the partners complementary to us? (each tied to a need)          60 min
--   5. How do we maintain and institutionalise our relations?       30 min
-- Derived from version B: questions are asked per need (needs.needs), so every partner is
-- mapped to a need.
local helpers = require "lib.helpers"

return tool {
  provenance = {
    en = "From IO4 §5.1: the five steps, their titles and times (four effective hours). Guidance written for profint after IO4 §5.1 and §5.2; the questions are version B's, three of them new and written for profint.",
    fr = "Tiré d'IO4 §5.1 : les cinq étapes, leurs titres et leurs durées (quatre heures effectives). Conseils d'animation écrits pour profint d'après IO4 §5.1 et §5.2 ; les questions sont celles de la version B, dont trois nouvelles, écrites pour profint.",
    it = "Tratto da IO4 §5.1: le cinque fasi, i loro titoli e i tempi (quattro ore effettive). Indicazioni per il facilitatore scritte per profint sulla base di IO4 §5.1 e §5.2; le domande sono quelle della versione B, tre delle quali nuove, scritte per profint.",
  },
  extends = "networks/partner-map-b",
  title = {
    en = "Partner map: the session plan run with CRESM",
    fr = "Carte des partenaires : le déroulé de la session menée avec le CRESM",
    it = "Mappa dei partner: il percorso della sessione svolta con il CRESM",
  },
  summary = {
    en = "Version B as MCG ran it with the management team of CRESM, an organisation based in Palermo, involved in the social and professional integration of migrants: five timed steps, four hours in all. Who are our beneficiaries? Who are we? Whom do we need? How are the partners complementary to us? How do we maintain and institutionalise our relations?",
    fr = "La version B telle que MCG l'a menée avec l'équipe dirigeante du CRESM, une organisation basée à Palerme, impliquée dans l'intégration socioprofessionnelle des migrants : cinq étapes minutées, quatre heures en tout. Qui sont nos bénéficiaires ? Qui sommes-nous ? De qui avons-nous besoin ? En quoi les partenaires sont-ils complémentaires de notre organisation ? Comment maintenons-nous et institutionnalisons-nous nos relations ?",
    it = "La versione B come MCG l'ha svolta con il gruppo dirigente del CRESM, un'organizzazione con sede a Palermo, impegnata nell'integrazione socio-lavorativa dei migranti: cinque fasi a tempo, quattro ore in tutto. Chi sono i nostri beneficiari? Chi siamo? Di chi abbiamo bisogno? In che modo i partner sono complementari alla nostra organizzazione? Come manteniamo e istituzionalizziamo le nostre relazioni?",
  },
  version = "B, CRESM",

  -- Step 1 (30 min): version B's first step, under CRESM's question.
  modify("needs", {
    title = { en = "Who are our beneficiaries?", fr = "Qui sont nos bénéficiaires ?", it = "Chi sono i nostri beneficiari?" },
    minutes = 30,
  }),

  -- Step 2 (60 min): who we are, made of version B's questions about the organisation.
  insert_before("identify", step {
    id = "us",
    title = { en = "Who are we?", fr = "Qui sommes-nous ?", it = "Chi siamo?" },
    minutes = 60,
    guidance = {
      en = "Ask the participants to reflect on the organisation's own knowledge, skills and resources for meeting the beneficiaries' needs, then to say whether it can meet them alone or needs the support of outside actors. A small, flexible organisation usually does this quickly: use the time to bring the picture up to date.",
      fr = "Invitez les participants à réfléchir sur les connaissances internes de l'organisation, ses compétences, ses ressources destinées à répondre aux besoins des bénéficiaires, puis à préciser si l'organisation peut y répondre seule ou si elle a besoin de l'appui d'acteurs extérieurs. Une petite organisation souple le fait en général vite : profitez-en pour actualiser l'analyse.",
      it = "Invitate i partecipanti a riflettere sulle conoscenze interne dell'organizzazione, sulle sue competenze e sulle risorse destinate a rispondere ai bisogni dei beneficiari, poi a precisare se l'organizzazione può rispondervi da sola o se ha bisogno del sostegno di attori esterni. Un'organizzazione piccola e flessibile di solito lo fa in fretta: approfittatene per aggiornare l'analisi.",
    },
    text = {
      en = "Before looking for partners, take stock of what the organisation itself knows, can do and has.",
      fr = "Avant de chercher des partenaires, faites le point sur ce que l'organisation elle-même sait, sait faire et possède.",
      it = "Prima di cercare partner, fate il punto su ciò che l'organizzazione stessa sa, sa fare e possiede.",
    },
    ask.text {
      id = "mission",
      text = { en = "What does our organisation do, for whom, and in which fields?",
               fr = "Que fait notre organisation, pour qui, et dans quels domaines ?",
               it = "Che cosa fa la nostra organizzazione, per chi e in quali ambiti?" },
      help = { en = "For example: “from the reception of asylum seekers and refugees to social and professional placement projects, research and training”.",
               fr = "Par exemple : « de l'accueil des demandeurs d'asile et des réfugiés à des projets de placement social et professionnel, de recherche et de formation ».",
               it = "Per esempio: «dall'accoglienza di richiedenti asilo e rifugiati a progetti di inserimento sociale e lavorativo, di ricerca e di formazione»." },
    },
  }),
  move("identify.organisation", { before = "us.mission" }),
  move("identify.goal", { after = "us.organisation" }),
  move("identify.resources", { after = "us.mission" }),
  move("identify.alone", { after = "us.resources" }),
  move("identify.cover", { after = "us.alone" }),

  -- Step 3 (60 min): whom we need, need by need (version B's partners question).
  modify("identify", {
    title = { en = "Whom do we need?", fr = "De qui avons-nous besoin ?", it = "Di chi abbiamo bisogno?" },
    minutes = 60,
    guidance = {
      en = "Ask the participants to identify the partners the organisation needs, starting from the analysis of the beneficiaries' needs. A team that has never mapped its public and private partners can start from those it works with today: tie each of them to the beneficiary need it helps with.",
      fr = "Invitez les participants à identifier les partenaires dont l'organisation a besoin sur la base de l'analyse des besoins des bénéficiaires. Une équipe qui n'a jamais cartographié ses partenaires privés et publics peut partir de ceux avec qui elle travaille aujourd'hui : liez chacun d'eux au besoin du bénéficiaire auquel il répond.",
      it = "Invitate i partecipanti a individuare i partner di cui l'organizzazione ha bisogno, sulla base dell'analisi dei bisogni dei beneficiari. Un gruppo che non ha mai mappato i propri partner pubblici e privati può partire da quelli con cui lavora oggi: collegate ciascuno di essi al bisogno del beneficiario a cui risponde.",
    },
    text = {
      en = "For each need, name the partners who work with you on it, or who could.",
      fr = "Pour chaque besoin, nommez les partenaires qui travaillent avec vous sur ce besoin, ou qui pourraient le faire.",
      it = "Per ogni bisogno, nominate i partner che lavorano con voi su quel bisogno, o che potrebbero farlo.",
    },
  }),

  -- Step 4 (60 min): complementarity, need by need first, then partner by partner.
  modify("map", {
    title = { en = "How are the partners complementary to our organisation?",
              fr = "En quoi les partenaires sont-ils complémentaires de notre organisation ?",
              it = "In che modo i partner sono complementari alla nostra organizzazione?" },
    minutes = 60,
    guidance = {
      en = "Ask the participants to reflect on the complementarity between the organisation and its partners, each of them tied to a beneficiary need identified earlier. Start with the needs, then look at each partner: what kind of organisation it is, how you work together, how far you can count on it.",
      fr = "Invitez les participants à réfléchir sur la complémentarité entre l'organisation et ses partenaires, chacun d'eux étant lié à un besoin du bénéficiaire préalablement identifié. Commencez par les besoins, puis regardez chaque partenaire : quel type d'organisation, comment vous travaillez ensemble, dans quelle mesure vous pouvez compter sur lui.",
      it = "Invitate i partecipanti a riflettere sulla complementarità tra l'organizzazione e i suoi partner, ciascuno legato a un bisogno del beneficiario individuato in precedenza. Cominciate dai bisogni, poi guardate ciascun partner: che tipo di organizzazione è, come lavorate insieme, quanto potete contarci.",
    },
  }),
  move("map.complement", { before = "kind" }),

  -- Step 5 (30 min): maintaining and institutionalising the relations.
  modify("strengthen", {
    title = { en = "How do we maintain and institutionalise our relations with partners?",
              fr = "Comment maintenons-nous et institutionnalisons-nous nos relations avec les partenaires ?",
              it = "Come manteniamo e istituzionalizziamo le nostre relazioni con i partner?" },
    minutes = 30,
    guidance = {
      en = "Ask the participants to consider different procedures for maintaining and institutionalising the partnerships. Start from the kind of relations they have today: a team used to mostly informal relations often sees the value of institutionalised ones, and notices how few shared good practices and standard methods there are to follow.",
      fr = "Invitez les participants à envisager différentes procédures destinées à maintenir et institutionnaliser le partenariat. Partez du type de relations nouées aujourd'hui : une équipe habituée à des relations surtout informelles voit souvent l'intérêt de relations institutionnalisées, et constate le manque de bonnes pratiques et de méthodes normalisées à suivre.",
      it = "Invitate i partecipanti a considerare diverse procedure per mantenere e istituzionalizzare i partenariati. Partite dal tipo di relazioni che hanno oggi: un gruppo abituato a relazioni soprattutto informali ne vede spesso il valore, e si accorge di quanto poche siano le buone pratiche e i metodi standard da seguire.",
    },
    text = {
      en = "Decide how to keep your partnerships alive and how to make them last beyond the people who carry them today.",
      fr = "Décidez comment faire vivre vos partenariats et comment les faire durer au-delà des personnes qui les portent aujourd'hui.",
      it = "Decidete come mantenere vivi i vostri partenariati e come farli durare oltre le persone che oggi li portano avanti.",
    },
  }),
  remove("strengthen.priorities"),
  remove("strengthen.new_partners"),     -- step 3 names the partners needed
  remove("strengthen.formalise"),
  remove("strengthen.formalise_how"),    -- replaced by the closed questions below
  insert_before("strengthen.actions", ask.choice {
    id = "today",
    text = { en = "What are our relations with partners like today, mostly?",
             fr = "Quelles sont aujourd'hui, pour l'essentiel, nos relations avec les partenaires ?",
             it = "Come sono oggi, per lo più, le nostre relazioni con i partner?" },
    options = {
      { id = "informal", label = { en = "Mostly informal", fr = "Surtout informelles", it = "Soprattutto informali" } },
      { id = "mixed", label = { en = "Some formal, some informal", fr = "En partie formelles, en partie informelles", it = "In parte formali, in parte informali" } },
      { id = "formal", label = { en = "Mostly formal (agreements, conventions)", fr = "Surtout formelles (conventions, accords)", it = "Soprattutto formali (convenzioni, accordi)" } },
    },
  }),
  insert_after("strengthen.today", ask.multi {
    id = "procedures",
    min = 1,
    text = { en = "Which procedures would help us maintain and institutionalise our partnerships?",
             fr = "Quelles procédures nous aideraient à maintenir et institutionnaliser nos partenariats ?",
             it = "Quali procedure ci aiuterebbero a mantenere e istituzionalizzare i nostri partenariati?" },
    options = {
      { id = "agreements", label = { en = "Written agreements or conventions", fr = "Des conventions ou accords écrits", it = "Convenzioni o accordi scritti" } },
      { id = "protocol", label = { en = "A memorandum of understanding for a network of partners", fr = "Un protocole d'entente pour un réseau de partenaires", it = "Un protocollo d'intesa per una rete di partner" } },
      { id = "meetings", label = { en = "Regular meetings with each partner", fr = "Des rencontres régulières avec chaque partenaire", it = "Incontri regolari con ciascun partner" } },
      { id = "contacts", label = { en = "A named contact person on each side", fr = "Une personne contact désignée de chaque côté", it = "Una persona di riferimento designata da ciascuna parte" } },
      { id = "referral", label = { en = "A shared referral form", fr = "Une fiche de liaison commune", it = "Una scheda di segnalazione condivisa" } },
      { id = "projects", label = { en = "Joint projects and joint answers to calls for proposals", fr = "Des projets communs et des réponses communes aux appels à projets", it = "Progetti comuni e risposte congiunte ai bandi" } },
      { id = "training", label = { en = "Joint training or staff exchanges", fr = "Des formations communes ou des échanges de personnel", it = "Formazioni comuni o scambi di personale" } },
      { id = "map", label = { en = "Updating this map together every year", fr = "La mise à jour annuelle de cette carte, ensemble", it = "L'aggiornamento annuale di questa mappa, insieme" } },
    },
  }),
  insert_after("strengthen.procedures", ask.text {
    id = "obstacles",
    optional = true,
    text = { en = "What makes it hard for us to institutionalise these relations?",
             fr = "Qu'est-ce qui nous rend difficile l'institutionnalisation de ces relations ?",
             it = "Che cosa ci rende difficile istituzionalizzare queste relazioni?" },
    help = { en = "For example: a lack of funds, no time set aside, no standard method to follow.",
             fr = "Par exemple : le manque de financements, pas de temps prévu pour cela, pas de méthode normalisée à suivre.",
             it = "Per esempio: la mancanza di fondi, nessun tempo dedicato, nessun metodo standard da seguire." },
  }),

  -- The organisation is named in step 2 ("us") here.
  graph = function(a, ctx) return helpers.graph(a, ctx, "us.organisation") end,
}
