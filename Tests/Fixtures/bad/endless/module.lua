return module { id = "endless", version = "1", author = "Test", languages = { "en" }, title = "endless" }
