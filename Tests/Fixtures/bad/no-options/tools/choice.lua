return tool {
  title = "Choice",
  step { id = "a", title = "A",
    ask.choice { id = "pick", text = "Pick one" },
  },
}
