return module { id = "h-spoof", version = "1", author = "Hostile", languages = { "en" }, title = "h-spoof" }
