return {[1] = "a", [3] = "c", [true] = 1, [2.5] = "x", name = "n", [-1] = 0}
