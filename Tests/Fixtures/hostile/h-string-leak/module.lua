local _, S = pairs(string)
pcall(function() S.upper = function() return "PWNED" end end)
pcall(function() rawset(string, "upper", function() return "PWNED" end) end)
pcall(function() getmetatable("").__index.upper = function() return "PWNED" end end)
return module { id = "h-string-leak", version = "1", author = "Hostile", languages = { "en" }, title = "h-string-leak" }
