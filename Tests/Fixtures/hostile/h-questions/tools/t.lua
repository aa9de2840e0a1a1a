local questions = {}
for i = 1, 100000 do questions[i] = ask.text { id = "q" .. i, text = "Q" } end
return tool { title = "T", step { id = "s", title = "S", questions = questions } }
