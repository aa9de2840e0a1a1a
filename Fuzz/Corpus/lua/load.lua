local f = load("return 1 + 1")
return f(), load("\27Lua"), load("x", "x", "b")
