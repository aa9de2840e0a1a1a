return module { id = "h-item-text", version = "1", author = "Hostile", languages = { "en" }, title = "h-item-text" }
