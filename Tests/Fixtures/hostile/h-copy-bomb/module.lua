return module { id = "h-copy-bomb", version = "1", author = "Hostile", languages = { "en" }, title = "h-copy-bomb" }
