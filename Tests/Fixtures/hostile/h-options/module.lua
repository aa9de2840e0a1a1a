return module { id = "h-options", version = "1", author = "Hostile", languages = { "en" }, title = "h-options" }
