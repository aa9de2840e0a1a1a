setmetatable({}, { __gc = function() while true do end end })
return module { id = "h-gc", version = "1", author = "Hostile", languages = { "en" }, title = "h-gc" }
