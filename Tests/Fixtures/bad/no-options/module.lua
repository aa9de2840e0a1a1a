return module { id = "no-options", version = "1", author = "Test", languages = { "en" }, title = "no-options" }
