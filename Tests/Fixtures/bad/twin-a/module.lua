return module { id = "twin", version = "1", author = "Test", languages = { "en" }, title = "Twin" }
