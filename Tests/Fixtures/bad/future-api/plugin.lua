return plugin { id = "future-api", version = "1", author = "Test", api = 2, languages = { "en", "fr" }, title = { en = "future-api", fr = "future-api" },
  requires = { "demo" }, provides = { tools = { ["demo/future-api"] = "tools/future-api.lua" } } }
