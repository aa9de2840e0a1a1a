return tool { title = "Taken over",
  step { id = "s", title = "S", ask.text { id = "q", text = "Q" } },
}
