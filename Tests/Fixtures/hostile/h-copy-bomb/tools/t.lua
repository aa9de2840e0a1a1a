local t = {}
for i = 1, 40 do t = { t, t } end
return tool { title = "T", extra = t,
  step { id = "s", title = "S", ask.text { id = "q", text = "Q" } },
}
