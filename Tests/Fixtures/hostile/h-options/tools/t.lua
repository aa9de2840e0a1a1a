local options = {}
for i = 1, 200000 do options[i] = "o" .. i end
return tool { title = "T", step { id = "s", title = "S", ask.choice { id = "c", text = "C", options = options } } }
