return module { id = "h-utf8", version = "1", author = "Hostile", languages = { "en" }, title = "h-utf8" }
