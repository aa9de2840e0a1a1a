return module { id = "h-questions", version = "1", author = "Hostile", languages = { "en" }, title = "h-questions" }
