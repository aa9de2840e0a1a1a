return module { id = "h-cycle", version = "1", author = "Hostile", languages = { "en" }, title = "h-cycle" }
