local leak = require "lib.leak"
return tool { title = "T",
  step { id = "s", title = "S", ask.text { id = "q", text = "Q" } },
}
