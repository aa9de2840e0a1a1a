-- Planted: a flag that is not true or false.
return tool {
  extends = "demo/plan",
  append("needs", ask.text { id = "more", text = "Anything else?",
    optional = "no" }),
}
