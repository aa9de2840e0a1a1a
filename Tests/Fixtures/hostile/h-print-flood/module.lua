return module { id = "h-print-flood", version = "1", author = "Hostile", languages = { "en" }, title = "h-print-flood" }
