-- A fixture derived tool: one change of each kind.
return tool {
  extends = "demo/plan",
  title = { en = "Plan B", fr = "Plan B", it = "Piano B" },
  insert_before("needs", step { id = "who", title = { en = "Who", fr = "Qui", it = "Chi" }, minutes = 15,
    ask.text { id = "org", text = { en = "Org?", fr = "Org ?", it = "Org?" } } }),
  insert_after("needs.alone", ask.text { id = "skills", text = { en = "Skills?", fr = "Compétences ?", it = "Competenze?" }, optional = true }),
  remove("needs.why"),
  replace("needs.people", ask.number { id = "people", text = { en = "Team size?", fr = "Taille de l'équipe ?", it = "Dimensione?" }, optional = true }),
  modify("partners.mode", { kind = "text" }),
  move("cover", { before = "partners" }),
  move("partners.start", { after = "actions" }),
  modify("needs", { minutes = 45 }),
  append("partners", ask.yesno { id = "formal", text = { en = "Formal?", fr = "Formel ?", it = "Formale?" }, optional = true }),
  translate("it", { needs = { title = "Bisogni" }, ["needs.needs"] = { text = "Quali bisogni?" } }),
}
