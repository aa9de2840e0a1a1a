local title = {}
title.en = title
return tool { title = title, step { id = "s", title = "S", ask.text { id = "q", text = "Q" } } }
