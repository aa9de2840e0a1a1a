return module { id = "h-test-input", version = "1", author = "Hostile", languages = { "en" }, title = "h-test-input" }
