return tool { title = "T",
  step { id = "s", title = "S",
    ask.text { id = "q", text = string.rep("{item} ", 9000), each = function() return { "yy" } end } },
}
