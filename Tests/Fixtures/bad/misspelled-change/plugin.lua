return plugin { id = "misspelled-change", version = "1", author = "Test", api = 1, languages = { "en" },
  title = "misspelled-change", requires = { "demo" },
  provides = { tools = { ["demo/misspelled-change"] = "tools/misspelled-change.lua" } } }
