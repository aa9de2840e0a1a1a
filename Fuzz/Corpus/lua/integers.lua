return math.maxinteger, math.mininteger, -0.0, 1/0, -1/0, 0/0, math.maxinteger + 1
