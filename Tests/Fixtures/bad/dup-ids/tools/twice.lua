return tool {
  title = "Twice",
  step { id = "a", title = "A",
    ask.text { id = "same", text = "First" },
    ask.text { id = "same", text = "Second" },
  },
}
