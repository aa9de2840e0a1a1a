return 1, 2.5, "text", true, nil, {1, 2, 3}, {a = 1, b = {c = "d"}}
