local t = host({x = 1, y = {1, 2, {z = "deep"}}}, "s", 3)
return t
