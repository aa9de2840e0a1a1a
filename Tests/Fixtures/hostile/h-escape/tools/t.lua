return tool { title = "T\27[2J\27]0;pwned\7",
  step { id = "s", title = "S", ask.text { id = "q", text = "Q" } },
}
