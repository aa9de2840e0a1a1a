-- Planted: a misspelled change function.
return tool {
  extends = "demo/plan",
  insert_afer("needs.alone", ask.text { id = "skills", text = "Skills?" }),
}
