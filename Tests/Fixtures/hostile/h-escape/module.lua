return module { id = "h-escape", version = "1", author = "Hostile", languages = { "en" }, title = "h-escape" }
