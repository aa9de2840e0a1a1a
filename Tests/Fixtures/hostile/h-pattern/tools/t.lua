return tool { title = "T",
  step { id = "s", title = "S", ask.text { id = "q", text = "Q",
    relevant = function() return string.find(string.rep("a", 1e5), ".-.-.-.-x") == nil end } },
}
