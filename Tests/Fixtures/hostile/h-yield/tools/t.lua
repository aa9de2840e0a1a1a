return tool { title = "T",
  step { id = "s", title = "S", ask.text { id = "q", text = "Q",
    relevant = function() coroutine.yield("step", math.mininteger) return true end } },
}
