return module { id = "hog", version = "1", author = "Test", languages = { "en" }, title = "hog" }
