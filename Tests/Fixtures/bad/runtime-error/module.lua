return module { id = "runtime-error", version = "1", author = "Test", languages = { "en" }, title = "runtime-error" }
