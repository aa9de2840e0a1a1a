return module { id = "h-require-link", version = "1", author = "Hostile", languages = { "en" }, title = "h-require-link" }
