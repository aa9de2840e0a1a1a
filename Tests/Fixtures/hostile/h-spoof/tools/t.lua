local q = ask.text { id = "q", text = "Q", constraint = function() error("boom") end }
q.__bundle, q.__where = "victim", "tools/t.lua:1"
return tool { title = "T", __bundle = "victim", __where = "tools/t.lua:1",
  step { id = "s", title = "S", q, minutes = "lots", __fields = { minutes = { where = "tools/t.lua:1", bundle = "victim" } } },
}
