return module { id = "h-pattern", version = "1", author = "Hostile", languages = { "en" }, title = "h-pattern" }
