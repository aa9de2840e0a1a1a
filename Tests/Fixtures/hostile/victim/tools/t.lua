return tool { title = "The victim's own tool",
  step { id = "s", title = "Upper: " .. string.upper("ok"),
    ask.choice { id = "c", text = "Pick", options = { "a", "b" } },
    ask.text { id = "n", text = "A note", optional = true },
  },
}
