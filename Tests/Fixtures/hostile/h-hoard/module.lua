hoard = {}
for i = 1, 60 do hoard[i] = string.rep(string.char(64 + i % 26), 1 << 20) end
return module { id = "h-hoard", version = "1", author = "Hostile", languages = { "en" }, title = "h-hoard" }
