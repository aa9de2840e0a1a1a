-- Planted: a misspelled answer path as a change's target.
return tool {
  extends = "demo/plan",
  insert_after("needs.need", ask.text { id = "skills", text = "Skills?" }),
}
