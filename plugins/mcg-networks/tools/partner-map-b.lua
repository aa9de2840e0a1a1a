-- Version B of the partner map, by MCG, derived from version A (networks/partner-map).
-- What MCG changed (IO4 §5):
--   1. « L'outil a été divisé en 4 étapes au lieu de 3. Une première étape invite ainsi à une
--      analyse plus générique des besoins des bénéficiaires et des compétences nécessaires pour
--      répondre à ces besoins. »
--   2. « Le contenu de certaines étapes a été résumé dans des tableaux. » (here: the needs, the
--      organisation's resources)
--   3. « Quelques sections ont été mises en forme avec des questions ouvertes et fermées afin de
--      faciliter la compilation de l'outil »
-- What it is for (IO4 §5): « prendre du recul sur son réseau de partenaires, aider une
-- organisation à construire un réseau pertinent autour d'un nouvel accompagnement ou encore
-- soutenir la réflexion d'un groupe de partenaires en formation ».
-- Everything not changed here comes from version A, so a fix there reaches this tool too.

local helpers = require "lib.helpers"   -- the needs table, its partners, the graph (on networks' lib.partners)
local NEEDS, KEY = helpers.NEEDS, helpers.KEY

return tool {
  provenance = {
    en = "From IO4 §5: MCG's three changes to version A (four steps, tables, open and closed questions) and what version B is for. Questions, guidance and times written for profint.",
    fr = "Tiré d'IO4 §5 : les trois changements apportés par MCG à la version A (quatre étapes, tableaux, questions ouvertes et fermées) et ce à quoi sert la version B. Questions, conseils d'animation et durées écrits pour profint.",
    it = "Tratto da IO4 §5: le tre modifiche di MCG alla versione A (quattro fasi, tabelle, domande aperte e chiuse) e a che cosa serve la versione B. Domande, indicazioni per il facilitatore e tempi scritti per profint.",
  },
  extends = "networks/partner-map",
  title = {
    en = "Tool for identifying, mapping and strengthening partner relations, version B",
    fr = "Outil d'identification, de cartographie et de renforcement des relations partenaires, version B",
    it = "Strumento di identificazione, mappatura e rafforzamento delle relazioni con i partner, versione B",
  },
  summary = {
    en = "Version B, adapted by MCG from the Mission locale de Villeurbanne's tool: for an organisation that starts from its beneficiaries' needs and then builds the network of complementary partners able to meet them. It can help an organisation step back from its partner network, build a relevant network around a new accompaniment, or support the reflection of a group of partners in training. Four steps: needs and skills, who we are and whom we need, mapping, strengthening. Tables and open and closed questions make it easier to fill in.",
    fr = "Version B, adaptée par MCG à partir de l'outil de la Mission locale de Villeurbanne : pour une organisation qui part des besoins de ses bénéficiaires pour construire ensuite le réseau de partenaires complémentaires capable d'y répondre. Elle peut permettre à une organisation de prendre du recul sur son réseau de partenaires, l'aider à construire un réseau pertinent autour d'un nouvel accompagnement, ou soutenir la réflexion d'un groupe de partenaires en formation. Quatre étapes : besoins et compétences, qui nous sommes et de qui nous avons besoin, cartographie, renforcement. Des tableaux et des questions ouvertes et fermées facilitent le remplissage.",
    it = "Versione B, adattata da MCG a partire dallo strumento della Mission locale de Villeurbanne: per un'organizzazione che parte dai bisogni dei propri beneficiari per costruire poi la rete di partner complementari in grado di rispondervi. Può aiutare un'organizzazione a riflettere con distacco sulla propria rete di partner, a costruire una rete pertinente attorno a un nuovo accompagnamento, o sostenere la riflessione di un gruppo di partner in formazione. Quattro fasi: bisogni e competenze, chi siamo e di chi abbiamo bisogno, mappatura, rafforzamento. Tabelle e domande aperte e chiuse rendono la compilazione più semplice.",
  },
  version = "B",

  ---------------------------------------------------------------------------------------------
  -- 1. New first step: the beneficiaries' needs and the skills it takes to meet them.
  insert_before("identify", step {
    id = "needs",
    title = {
      en = "Our beneficiaries: their needs and the skills it takes to meet them",
      fr = "Nos bénéficiaires : leurs besoins et les compétences nécessaires pour y répondre",
      it = "I nostri beneficiari: i loro bisogni e le competenze necessarie per rispondervi",
    },
    minutes = 40,
    guidance = {
      en = "Think of the “typical” beneficiary of the project or service: what does this person need to succeed in their integration path? Writing the needs down is often the hardest part (it was for CRESM): accept rough wording first, then sharpen it together. One need per row, and for each, the knowledge or skills it takes to meet it.",
      fr = "Pensez au bénéficiaire « type » du projet ou du service : de quoi cette personne a-t-elle besoin pour réussir son parcours d'intégration ? Mettre les besoins par écrit est souvent le plus difficile (ce fut le cas au CRESM) : acceptez d'abord une formulation approximative, puis précisez-la ensemble. Un besoin par ligne et, pour chacun, les connaissances ou compétences qu'il faut pour y répondre.",
      it = "Pensate al beneficiario «tipo» del progetto o del servizio: di che cosa ha bisogno questa persona per riuscire nel suo percorso di integrazione? Mettere per iscritto i bisogni è spesso la parte più difficile (lo è stato per il CRESM): accettate prima una formulazione approssimativa, poi precisatela insieme. Un bisogno per riga e, per ciascuno, le conoscenze o competenze necessarie per rispondervi.",
    },
    text = {
      en = "Start from the people you accompany, before thinking of the organisation or its partners.",
      fr = "Partez des personnes que vous accompagnez, avant de penser à l'organisation ou à ses partenaires.",
      it = "Partite dalle persone che accompagnate, prima di pensare all'organizzazione o ai suoi partner.",
    },

    ask.text {
      id = "who",
      text = { en = "Who are our beneficiaries? Describe them in a few words.",
               fr = "Qui sont nos bénéficiaires ? Décrivez-les en quelques mots.",
               it = "Chi sono i nostri beneficiari? Descriveteli in poche parole." },
      help = { en = "For example: “adult migrants and refugees who have recently arrived in Palermo, most of them looking for work”.",
               fr = "Par exemple : « des migrants et réfugiés adultes arrivés récemment à Palerme, pour la plupart en recherche d'emploi ».",
               it = "Per esempio: «migranti e rifugiati adulti arrivati da poco a Palermo, per lo più in cerca di lavoro»." },
    },
    ask.multi {
      id = "profile",
      optional = true,
      text = { en = "Which groups are among them?", fr = "Quels publics en font partie ?", it = "Quali gruppi ne fanno parte?" },
      options = {
        { id = "asylum", label = { en = "Asylum seekers", fr = "Demandeurs d'asile", it = "Richiedenti asilo" } },
        { id = "refugees", label = { en = "Refugees and holders of international protection", fr = "Réfugiés et bénéficiaires d'une protection internationale", it = "Rifugiati e titolari di protezione internazionale" } },
        { id = "minors", label = { en = "Unaccompanied minors", fr = "Mineurs non accompagnés", it = "Minori stranieri non accompagnati" } },
        { id = "young", label = { en = "Young people (16 to 25)", fr = "Jeunes (16 à 25 ans)", it = "Giovani (16-25 anni)" } },
        { id = "women", label = { en = "Women, alone or with children", fr = "Femmes, seules ou avec enfants", it = "Donne, sole o con figli" } },
        { id = "workers", label = { en = "Migrant workers", fr = "Travailleurs migrants", it = "Lavoratori migranti" } },
        { id = "other", label = { en = "Other", fr = "Autre", it = "Altro" } },
      },
    },
    ask.table {
      id = "needs",
      min = 2,
      text = { en = "What are their main needs? One need per row, with the knowledge and skills it takes to meet it.",
               fr = "Quels sont leurs principaux besoins ? Un besoin par ligne, avec les connaissances et compétences nécessaires pour y répondre.",
               it = "Quali sono i loro bisogni principali? Un bisogno per riga, con le conoscenze e le competenze necessarie per rispondervi." },
      help = { en = "Needs in a few words, e.g. “learning the language”, “administrative procedures”, “housing”. Skills: what a team must know or be able to do to meet the need, e.g. “knowing the residence-permit procedures”.",
               fr = "Les besoins en quelques mots, par exemple « apprentissage de la langue », « démarches administratives », « logement ». Les compétences : ce qu'une équipe doit savoir ou savoir faire pour y répondre, par exemple « connaître les procédures de titre de séjour ».",
               it = "I bisogni in poche parole, per esempio «apprendimento della lingua», «pratiche amministrative», «alloggio». Le competenze: ciò che un gruppo di lavoro deve sapere o saper fare per rispondere al bisogno, per esempio «conoscere le procedure per il permesso di soggiorno»." },
      row_label = { en = "Need", fr = "Besoin", it = "Bisogno" },
      ask.text { id = "need", text = { en = "Need", fr = "Besoin", it = "Bisogno" } },
      ask.text { id = "skills", optional = true,
        text = { en = "Knowledge and skills it takes", fr = "Connaissances et compétences nécessaires", it = "Conoscenze e competenze necessarie" } },
      constraint = helpers.usable_needs,   -- each need once, no square brackets
    },
  }),

  ---------------------------------------------------------------------------------------------
  -- 2. Version A's first step becomes "Who are we, and whom do we need?": the organisation
  --    sums itself up in a table and says, need by need, whether it can meet it alone.
  modify("identify", {
    title = { en = "Who are we, and whom do we need?", fr = "Qui sommes-nous, et de qui avons-nous besoin ?",
              it = "Chi siamo e di chi abbiamo bisogno?" },
    minutes = 50,
    guidance = {
      en = "First take honest stock of the organisation: what it knows, what it can do, what it has. Then go through the needs one by one: can we meet this need alone, with partners, or not at all? Only then name the partners, need by need. If the group has never mapped its partners, start with those it called last month.",
      fr = "Faites d'abord un point honnête sur l'organisation : ce qu'elle sait, ce qu'elle sait faire, ce dont elle dispose. Reprenez ensuite les besoins un par un : pouvons-nous y répondre seuls, avec des partenaires, ou pas du tout ? Alors seulement, nommez les partenaires, besoin par besoin. Si le groupe n'a jamais cartographié ses partenaires, commencez par ceux qu'il a appelés le mois dernier.",
      it = "Fate prima un bilancio onesto dell'organizzazione: che cosa sa, che cosa sa fare, di che cosa dispone. Riprendete poi i bisogni uno per uno: possiamo rispondervi da soli, con dei partner, o per niente? Solo allora nominate i partner, bisogno per bisogno. Se il gruppo non ha mai mappato i propri partner, cominciate da quelli contattati il mese scorso.",
    },
    text = {
      en = "Now look at your organisation in the light of these needs, then at the partners each need calls for.",
      fr = "Regardez maintenant votre organisation à la lumière de ces besoins, puis les partenaires que chaque besoin appelle.",
      it = "Guardate ora la vostra organizzazione alla luce di questi bisogni, poi i partner che ogni bisogno richiede.",
    },
  }),
  remove("identify.public"),       -- the new first step describes the beneficiaries
  remove("identify.situations"),   -- the needs of step 1 take the place of A's situations

  insert_after("identify.goal", ask.table {
    id = "resources",
    text = { en = "What does our organisation bring: its knowledge, its skills, its resources?",
             fr = "Qu'apporte notre organisation : ses connaissances, ses compétences, ses ressources ?",
             it = "Che cosa porta la nostra organizzazione: le sue conoscenze, le sue competenze, le sue risorse?" },
    rows = {
      { id = "knowledge", label = { en = "Knowledge", fr = "Connaissances", it = "Conoscenze" } },
      { id = "skills", label = { en = "Skills", fr = "Compétences", it = "Competenze" } },
      { id = "resources", label = { en = "Resources (people, time, funds, premises)", fr = "Ressources (personnes, temps, financements, locaux)",
                                    it = "Risorse (persone, tempo, fondi, spazi)" } },
    },
    ask.text { id = "have", text = { en = "What we have", fr = "Ce dont nous disposons", it = "Ciò di cui disponiamo" } },
    ask.choice { id = "enough",
      text = { en = "Enough for our beneficiaries' needs?", fr = "Suffisant pour les besoins de nos bénéficiaires ?",
               it = "Sufficiente per i bisogni dei nostri beneficiari?" },
      options = {
        { id = "yes", label = { en = "Yes", fr = "Oui", it = "Sì" } },
        { id = "partly", label = { en = "Partly", fr = "En partie", it = "In parte" } },
        { id = "no", label = { en = "No", fr = "Non", it = "No" } },
      } },
  }),
  insert_after("identify.resources", ask.yesno {
    id = "alone",
    text = { en = "Can our organisation meet all these needs alone?",
             fr = "Notre organisation peut-elle répondre seule à tous ces besoins ?",
             it = "La nostra organizzazione può rispondere da sola a tutti questi bisogni?" },
  }),
  insert_after("identify.alone", ask.choice {
    id = "cover",
    each = NEEDS, key = KEY,
    text = { en = "Need: {item}. Who can meet this need today?", fr = "Besoin : {item}. Qui peut répondre aujourd'hui à ce besoin ?",
             it = "Bisogno: {item}. Chi può rispondere oggi a questo bisogno?" },
    options = {
      { id = "us", label = { en = "We can, alone", fr = "Nous, seuls", it = "Noi, da soli" } },
      { id = "with-partners", label = { en = "We can, with partners", fr = "Nous, avec des partenaires", it = "Noi, con dei partner" } },
      { id = "partners", label = { en = "Only partners can", fr = "Seuls des partenaires le peuvent", it = "Solo dei partner" } },
      { id = "nobody", label = { en = "Nobody yet", fr = "Personne pour l'instant", it = "Nessuno per ora" } },
    },
  }),
  -- A's question about partners, now asked for each need of step 1.
  modify("identify.partners", {
    each = NEEDS, key = KEY,
    text = { en = "Need: {item}. Which partners work with us on this need, or could?",
             fr = "Besoin : {item}. Quels partenaires travaillent avec nous sur ce besoin, ou pourraient le faire ?",
             it = "Bisogno: {item}. Quali partner lavorano con noi su questo bisogno, o potrebbero farlo?" },
    help = { en = "One partner per row: public services, associations, companies, training bodies… Name those you already work with and those you need. Leave it empty if none comes to mind: the gap will show on the map.",
             fr = "Un partenaire par ligne : services publics, associations, entreprises, organismes de formation… Nommez ceux avec qui vous travaillez déjà et ceux dont vous avez besoin. Laissez vide si aucun ne vient : le manque apparaîtra sur la carte.",
             it = "Un partner per riga: servizi pubblici, associazioni, imprese, enti di formazione… Nominate quelli con cui lavorate già e quelli di cui avete bisogno. Lasciate vuoto se non ve ne viene in mente nessuno: la mancanza apparirà sulla mappa." },
  }),

  ---------------------------------------------------------------------------------------------
  -- 3. Mapping: A's questions about each partner, for the partners named per need; how we work
  --    together becomes a closed question; a question per need on complementarity.
  modify("map.kind", { each = helpers.partners }),
  modify("map.relation", {
    each = helpers.partners,
    kind = "choice",
    options = {
      { id = "agreement", label = { en = "A written agreement or convention", fr = "Une convention ou un accord écrit", it = "Una convenzione o un accordo scritto" } },
      { id = "regular", label = { en = "Regular but informal contacts", fr = "Des contacts réguliers mais informels", it = "Contatti regolari ma informali" } },
      { id = "occasional", label = { en = "Occasional contacts, case by case", fr = "Des contacts ponctuels, au cas par cas", it = "Contatti occasionali, caso per caso" } },
      { id = "none", label = { en = "Not yet", fr = "Pas encore", it = "Non ancora" } },
    },
    help = { en = "Choose what is closest to your practice today.", fr = "Choisissez ce qui est le plus proche de votre pratique actuelle.",
             it = "Scegliete ciò che è più vicino alla vostra pratica attuale." },
  }),
  modify("map.strength", { each = helpers.partners }),
  -- Version A's overview asks about "situations"; here the map is drawn from needs.
  modify("map.overview", {
    text = { en = "Looking at the whole map: which needs are well covered, which rest on a single person or a fragile link, which have no partner at all?",
             fr = "En regardant l'ensemble de la carte : quels besoins sont bien couverts, lesquels reposent sur une seule personne ou un lien fragile, lesquels n'ont aucun partenaire ?",
             it = "Guardando la mappa nel suo insieme: quali bisogni sono ben coperti, quali si reggono su una sola persona o su un legame fragile, quali non hanno nessun partner?" },
  }),
  insert_before("map.overview", ask.text {
    id = "complement",
    each = NEEDS, key = KEY,
    -- asked only for the needs that have at least one partner
    relevant = function(a, ctx)
      local named = a["identify.partners[" .. ctx.item[KEY] .. "]"]
      return named ~= nil and #named > 0
    end,
    text = { en = "Need: {item}. What do the partners for this need bring that we do not have?",
             fr = "Besoin : {item}. Qu'apportent les partenaires pour ce besoin que nous n'avons pas ?",
             it = "Bisogno: {item}. Che cosa portano i partner per questo bisogno che noi non abbiamo?" },
  }),

  ---------------------------------------------------------------------------------------------
  -- 4. Strengthening: as in version A (its Italian texts, the table's row label among them, are in
  --    translate("it", ...) below).
  -- Version A asks "for which situation?"; version B's partners are found per need.
  modify("strengthen.new_partners", {
    text = { en = "Which new partners should you look for, and for which need?",
             fr = "Quels nouveaux partenaires devriez-vous rechercher, et pour quel besoin ?",
             it = "Quali nuovi partner dovreste cercare, e per quale bisogno?" },
  }),

  ---------------------------------------------------------------------------------------------
  -- Italian for the texts that come unchanged from version A.
  translate("it", {
    ["identify.organisation"] = {
      text = "Quale organizzazione, gruppo di lavoro o servizio realizza questa mappatura?",
      help = "Per esempio: «Mission locale de Villeurbanne, équipe Garantie Jeunes».",
    },
    ["identify.goal"] = {
      text = "Che cosa vi aspettate da questo lavoro sui vostri partenariati?",
      help = "Una o due frasi, per esempio: «trovare partner che completino il nostro lavoro», oppure «una mappa completa dei nostri partner attuali, e almeno due nuovi».",
    },
    map = {
      title = "Mappatura: le nostre relazioni con ciascun partner",
      guidance = "Prendete i partner uno per uno. Bastano risposte brevi e sincere: si tratta di vedere quali relazioni funzionano, quali si reggono sulla buona volontà di un solo collega e quali esistono solo sulla carta. Se l'elenco è lungo, distribuite i partner tra piccoli gruppi, poi mettete in comune le risposte.",
      text = "Ora guardate ciascun partner che avete nominato: che tipo di organizzazione è, come lavorate insieme e quanto potete contare su di esso.",
    },
    ["map.kind"] = {
      text = "Partner: {item}. Che tipo di organizzazione è questo partner?",
      options = { public = "Servizio pubblico o istituzione", association = "Associazione o ONG", company = "Impresa o datore di lavoro",
                  training = "Ente di formazione o di istruzione", health = "Servizio sanitario o di cura", other = "Altro" },
    },
    ["map.relation"] = { text = "Partner: {item}. Come lavorate oggi con questo partner?" },
    ["map.strength"] = {
      text = "Partner: {item}. Quanto potete contare su questo partner quando un beneficiario ne ha bisogno?",
      labels = { [1] = "Non ancora, o appena", [2] = "Raramente", [3] = "A volte", [4] = "Il più delle volte", [5] = "Sempre, e rapidamente" },
    },
    strengthen = {
      title = "Rafforzamento: attivare e consolidare i nostri partenariati",
      guidance = "Trasformate ciò che la mappa mostra in poche azioni concrete, ciascuna con una persona e una data: tre azioni realizzate valgono più di dieci buone intenzioni. Prima di concludere, stabilite quando riprenderete insieme la mappa.",
      text = "Decidete quali relazioni rafforzare, quali partner attivare o cercare e come mantenere vive queste relazioni nel tempo.",
    },
    ["strengthen.priorities"] = {
      text = "Quali partenariati volete rafforzare o attivare per primi, e perché?",
      help = "Uno per riga, per esempio: «Alloggio: incontrare la nuova responsabile dell'associazione per l'accoglienza, le nostre ultime segnalazioni sono rimaste senza risposta».",
    },
    ["strengthen.new_partners"] = {
      help = "Per esempio: «un servizio per l'infanzia, per i genitori che iniziano un corso di formazione».",
    },
    ["strengthen.actions"] = {
      text = "Quali azioni realizzerete, con chi ed entro quando?",
      row_label = "Azione",
      columns = { action = "Che cosa faremo?", partner = "Con quale partner?", who = "Chi nel nostro gruppo?", by = "Entro quando?" },
    },
    ["strengthen.formalise"] = {
      text = "Alcune di queste relazioni andrebbero formalizzate (una convenzione, una carta, riunioni regolari tra partner)?",
    },
    ["strengthen.formalise_how"] = { text = "Quali, e in quale forma?" },
    ["strengthen.review"] = { text = "Quando riprenderete insieme questa mappa?" },
  }),

  graph = function(a, ctx) return helpers.graph(a, ctx, "identify.organisation") end,
}
