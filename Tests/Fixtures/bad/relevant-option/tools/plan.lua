-- Planted: a relevance condition comparing with an option id that does not exist.
return tool {
  extends = "demo/plan",
  append("partners", ask.text { id = "contract", text = "Which contract?",
    relevant = function(a) return a["partners.mode"] == "formel" end }),
}
