return tool {
  title = "Broken",
  step { id = "a" title = "A" },
}
