return module { id = "h-item", version = "1", author = "Hostile", languages = { "en" }, title = "h-item" }
