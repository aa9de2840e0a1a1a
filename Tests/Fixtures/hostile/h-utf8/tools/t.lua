return tool { title = "café",
  step { id = "s", title = "S", ask.text { id = "q", text = "Q" } },
}
