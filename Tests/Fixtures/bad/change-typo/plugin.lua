return plugin { id = "change-typo", version = "1", author = "Test", api = 1, languages = { "en" }, title = "change-typo",
  requires = { "demo" }, provides = { tools = { ["change-typo/plan"] = "tools/plan.lua" } } }
