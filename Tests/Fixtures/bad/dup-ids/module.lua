return module { id = "dup-ids", version = "1", author = "Test", languages = { "en" }, title = "dup-ids" }
