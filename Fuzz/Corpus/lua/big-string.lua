return string.rep("ab", 100000)
