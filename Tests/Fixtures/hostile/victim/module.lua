return module { id = "victim", version = "1", author = "Hostile", languages = { "en" }, title = "victim" }
