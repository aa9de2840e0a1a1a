-- Planted: a hook reading an answer path that does not exist.
return tool {
  extends = "demo/plan",
  append("needs", ask.text { id = "how", text = "How will you manage?",
    relevant = function(a) return a["needs.alon"] == true end }),
}
