return module { id = "h-yield", version = "1", author = "Hostile", languages = { "en" }, title = "h-yield" }
