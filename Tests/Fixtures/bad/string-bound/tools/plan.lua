-- Planted: a string where a number belongs.
return tool {
  extends = "demo/plan",
  append("needs", ask.number { id = "count", text = "How many?", min = "0" }),
}
