/// The words profint itself says (report headings, prompts' hints), in English, French and
/// Italian; other languages fall back to English.
public enum Phrases {
    private static let table: [String: [String: String]] = [
        "yes": ["en": "Yes", "fr": "Oui", "it": "Sì"],
        "no": ["en": "No", "fr": "Non", "it": "No"],
        "step": ["en": "Step", "fr": "Étape", "it": "Fase"],
        "version": ["en": "version", "fr": "version", "it": "versione"],
        "steps": ["en": "steps", "fr": "étapes", "it": "fasi"],
        "of": ["en": "of", "fr": "sur", "it": "di"],
        "planned": ["en": "planned", "fr": "prévu", "it": "previsto"],
        "spent": ["en": "spent", "fr": "passé", "it": "impiegato"],
        "minutes": ["en": "min", "fr": "min", "it": "min"],
        "notes": ["en": "Notes", "fr": "Notes", "it": "Note"],
        "skipped": ["en": "(skipped)", "fr": "(passée)", "it": "(saltata)"],
        "not answered": ["en": "(not answered)", "fr": "(sans réponse)", "it": "(senza risposta)"],
        "session": ["en": "Session", "fr": "Session", "it": "Sessione"],
        "tool": ["en": "Tool", "fr": "Outil", "it": "Strumento"],
        "organisation": ["en": "Organisation", "fr": "Organisation", "it": "Organizzazione"],
        "facilitator": ["en": "Facilitator", "fr": "Animateur·rice", "it": "Facilitatore"],
        "participants": ["en": "Participants", "fr": "Participant·es", "it": "Partecipanti"],
        "language": ["en": "Language", "fr": "Langue", "it": "Lingua"],
        "started": ["en": "Started", "fr": "Début", "it": "Inizio"],
        "ended": ["en": "Ended", "fr": "Fin", "it": "Fine"],
        "status": ["en": "Status", "fr": "Statut", "it": "Stato"],
        "complete": ["en": "complete", "fr": "terminée", "it": "completata"],
        "in_progress": ["en": "in progress", "fr": "en cours", "it": "in corso"],
        "abandoned": ["en": "abandoned", "fr": "abandonnée", "it": "abbandonata"],
        "time": ["en": "Time", "fr": "Temps", "it": "Tempo"],
        "total": ["en": "Total", "fr": "Total", "it": "Totale"],
        "learning processes": ["en": "Learning processes", "fr": "Processus d'apprentissage", "it": "Processi di apprendimento"],
        "tag.P": ["en": "P: professional", "fr": "P : professionnel", "it": "P: professionale"],
        "tag.S": ["en": "S: social", "fr": "S : social", "it": "S: sociale"],
        "tag.L": ["en": "L: linguistic", "fr": "L : linguistique", "it": "L: linguistico"],
        "questions": ["en": "questions", "fr": "questions", "it": "domande"],
        "question": ["en": "question", "fr": "question", "it": "domanda"],
        "partner map": ["en": "Map", "fr": "Carte", "it": "Mappa"],
        "row": ["en": "Row", "fr": "Ligne", "it": "Riga"],
        "tool changed": [
            "en": "The tool has changed since this session; answers it no longer asks are listed at the end.",
            "fr": "L'outil a changé depuis cette session ; les réponses qu'il ne demande plus sont listées à la fin.",
            "it": "Lo strumento è cambiato da questa sessione; le risposte che non chiede più sono elencate alla fine.",
        ],
        "no longer asked": ["en": "Answers the tool no longer asks", "fr": "Réponses que l'outil ne demande plus", "it": "Risposte che lo strumento non chiede più"],
        "methodological case": ["en": "Methodological case", "fr": "Cas méthodologique", "it": "Caso metodologico"],
        "planning session": ["en": "Planning session", "fr": "Session de planification", "it": "Sessione di pianificazione"],
        "follow-up session": ["en": "Follow-up session", "fr": "Session de suivi", "it": "Sessione di monitoraggio"],
        "planned and done": ["en": "Actions: planned and done", "fr": "Les actions : prévues et réalisées", "it": "Azioni: previste e realizzate"],
        "across sessions": ["en": "Across sessions", "fr": "Sur l'ensemble des sessions", "it": "Su tutte le sessioni"],
        "sessions": ["en": "Sessions", "fr": "Sessions", "it": "Sessioni"],
        "links": ["en": "Links", "fr": "Liens", "it": "Collegamenti"],
        "optional": ["en": "optional", "fr": "facultatif", "it": "facoltativo"],
        "list hint": ["en": "one item a line; an empty line ends the list", "fr": "un élément par ligne ; une ligne vide termine la liste", "it": "un elemento per riga; una riga vuota termina l'elenco"],
        "choice hint": ["en": "type a number", "fr": "tapez un numéro", "it": "digita un numero"],
        "multi hint": ["en": "type numbers, e.g. 1,3", "fr": "tapez des numéros, par ex. 1,3", "it": "digita dei numeri, ad es. 1,3"],
        "yesno hint": ["en": "y or n", "fr": "o ou n", "it": "s o n"],
        "date hint": ["en": "YYYY-MM-DD", "fr": "AAAA-MM-JJ", "it": "AAAA-MM-GG"],
        "default": ["en": "Enter keeps", "fr": "Entrée garde", "it": "Invio mantiene"],
        "previous": ["en": "before", "fr": "avant", "it": "prima"],
        "add row": ["en": "Add another row?", "fr": "Ajouter une ligne ?", "it": "Aggiungere una riga?"],
        "over time": ["en": "Over time", "fr": "Temps dépassé", "it": "Tempo superato"],
        "saved": ["en": "Saved.", "fr": "Enregistré.", "it": "Salvato."],
        "resume with": ["en": "Resume with", "fr": "Pour reprendre", "it": "Per riprendere"],
        "finished": ["en": "Finished.", "fr": "Terminé.", "it": "Finito."],
        "commands": ["en": "Commands", "fr": "Commandes", "it": "Comandi"],
        "press enter": ["en": "Press Enter to start the tool.", "fr": "Appuyez sur Entrée pour commencer l'outil.", "it": "Premi Invio per iniziare lo strumento."],
        "no help": ["en": "No help for this question.", "fr": "Pas d'aide pour cette question.", "it": "Nessun aiuto per questa domanda."],
        "first question": ["en": "This is the first question.", "fr": "C'est la première question.", "it": "Questa è la prima domanda."],
        "not saved": ["en": "(this session is not stored)", "fr": "(cette session n'est pas enregistrée)", "it": "(questa sessione non è salvata)"],
        "guidance": ["en": "Facilitator guidance", "fr": "Conseils d'animation", "it": "Indicazioni per il facilitatore"],
    ]

    /// The phrase `key` in `language`, else English, else the key.
    public static func text(_ key: String, _ language: String) -> String {
        let entry = table[key]
        return entry?[Language.normalise(language)] ?? entry?["en"] ?? key
    }
}

/// Answers in words, for people: option labels instead of ids, Yes and No, scale labels.
public enum AnswerText {
    /// A one-line rendering of a scalar answer (lists and tables are laid out by each format).
    public static func scalar(_ value: JSONValue, for question: Question?, language: String) -> String {
        guard let question else { return plain(value) }
        switch (question.kind, value) {
        case (.choice, .string(let id)):
            return question.option(id)?.label.resolve(language) ?? id
        case (.multi, .array(let ids)):
            return ids.compactMap(\.stringValue).map { question.option($0)?.label.resolve(language) ?? $0 }.joined(separator: ", ")
        case (.yesno, .bool(let flag)):
            return Phrases.text(flag ? "yes" : "no", language)
        case (.scale, _):
            let point = value.intValue ?? 0
            let range = question.scaleRange
            let label = question.labels[Int(point)].map { " (\($0.resolve(language)))" } ?? ""
            return "\(point) / \(range.upperBound)\(label)"
        case (.number, _):
            let unit = question.unit.map { " \($0.resolve(language))" } ?? ""
            return plain(value) + unit
        default:
            return plain(value)
        }
    }

    /// Text for any value, without knowing its question.
    public static func plain(_ value: JSONValue) -> String {
        switch value {
        case .null: return ""
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .double(let d): return AnswerValidator.format(d)
        case .string(let s): return s
        case .array(let items): return items.map(plain).joined(separator: ", ")
        case .object(let fields): return fields.keys.sorted().map { "\($0): \(plain(fields[$0] ?? .null))" }.joined(separator: "; ")
        }
    }

    /// Minutes as people read them: `30 min`, `1 h 15 min`.
    public static func minutes(_ minutes: Double, language: String) -> String {
        guard minutes.isFinite, abs(minutes) < 1e9 else { return "?" }
        let whole = Int(minutes.rounded())
        if whole < 60 { return "\(whole) \(Phrases.text("minutes", language))" }
        return whole % 60 == 0 ? "\(whole / 60) h" : "\(whole / 60) h \(whole % 60) \(Phrases.text("minutes", language))"
    }
}
