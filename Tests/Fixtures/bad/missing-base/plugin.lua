return plugin { id = "missing-base", version = "1", author = "Test", api = 1, languages = { "en", "fr" }, title = { en = "missing-base", fr = "missing-base" },
  requires = { "demo" }, provides = { tools = { ["demo/missing-base"] = "tools/missing-base.lua" } } }
