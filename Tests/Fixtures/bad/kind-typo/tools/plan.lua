-- Planted: a misspelled question kind.
return tool {
  extends = "demo/plan",
  append("needs", ask.choise { id = "size", text = "Size?", options = { "small", "large" } }),
}
