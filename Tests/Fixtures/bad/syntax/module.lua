return module { id = "syntax", version = "1", author = "Test", languages = { "en" }, title = "syntax" }
