return plugin { id = "target-typo", version = "1", author = "Test", api = 1, languages = { "en" }, title = "target-typo",
  requires = { "demo" }, provides = { tools = { ["target-typo/plan"] = "tools/plan.lua" } } }
