return plugin { id = "bad-change", version = "1", author = "Test", api = 1, languages = { "en", "fr" }, title = { en = "bad-change", fr = "bad-change" },
  requires = { "demo" }, provides = { tools = { ["demo/bad-change"] = "tools/bad-change.lua" } } }
