-- A fixture tool with every question kind, relevance, a constraint, a question per item,
-- step code and a graph.
return tool {
  title = { en = "Plan", fr = "Plan" },
  version = "1",
  step {
    id = "needs", title = { en = "Needs", fr = "Besoins" }, minutes = 30,
    guidance = { en = "Go round the table.", fr = "Faites un tour de table." },
    ask.list { id = "needs", text = { en = "Which needs?", fr = "Quels besoins ?" }, min = 2, tags = { "S" } },
    ask.yesno { id = "alone", text = { en = "Alone?", fr = "Seuls ?" } },
    ask.text { id = "why", text = { en = "Why not?", fr = "Pourquoi ?" },
      relevant = function(a) return a["needs.alone"] == false end },
    ask.number { id = "people", text = { en = "How many people?", fr = "Combien de personnes ?" },
      integer = true, min = 1, max = 100, optional = true },
  },
  step {
    id = "partners", title = { en = "Partners", fr = "Partenaires" }, minutes = 60,
    ask.list { id = "for", each = "needs.needs", min = 1,
      text = { en = "Partners for {item}?", fr = "Partenaires pour {item} ?" } },
    ask.scale { id = "strength", text = { en = "How strong?", fr = "Quelle force ?" },
      labels = { [1] = { en = "weak", fr = "faible" }, [5] = { en = "strong", fr = "forte" } }, tags = { "P", "S" } },
    ask.choice { id = "mode", text = { en = "Mode?", fr = "Mode ?" },
      options = { { id = "formal", label = { en = "Formal", fr = "Formel" } }, { id = "informal", label = { en = "Informal", fr = "Informel" } } } },
    ask.multi { id = "areas", text = { en = "Areas?", fr = "Domaines ?" }, optional = true,
      options = { { id = "work", label = { en = "Work", fr = "Travail" } }, { id = "health", label = { en = "Health", fr = "Santé" } }, { id = "language", label = { en = "Language", fr = "Langue" } } } },
    ask.date { id = "start", text = { en = "Start?", fr = "Début ?" }, min = "2020-01-01",
      constraint = function(value) return value < "2030-01-01" end,
      message = { en = "before 2030, please", fr = "avant 2030, svp" } },
    ask.table { id = "actions", text = { en = "Actions", fr = "Actions" }, row_label = { en = "Action", fr = "Action" }, min = 1,
      ask.text { id = "what", text = { en = "What", fr = "Quoi" } },
      ask.date { id = "when", text = { en = "When", fr = "Quand" }, optional = true } },
  },
  step {
    id = "cover", title = { en = "Coverage", fr = "Couverture" }, minutes = 15,
    run = function(s)
      for _, need in ipairs(s.answers["needs.needs"]) do
        s:ask(ask.choice { id = "level", text = { en = "Covered: " .. need, fr = "Couvert : " .. need },
          options = { "alone", "partners", "no" } }, need)
      end
    end,
  },
  graph = function(a)
    local g = { title = "Map", groups = { { id = "need", label = "Needs" } }, nodes = { { id = "org", label = "Us" } }, edges = {} }
    for _, need in ipairs(a["needs.needs"] or {}) do
      table.insert(g.nodes, { id = "need:" .. need, label = need, group = "need" })
      table.insert(g.edges, { from = "org", to = "need:" .. need })
    end
    return g
  end,
}
