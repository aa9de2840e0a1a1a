local s = string.rep("a", 1000)
return s:find(".-.-.-x"), s:gsub("a+", "b")
