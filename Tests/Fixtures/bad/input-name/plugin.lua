return plugin { id = "input-name", version = "1", author = "Test", api = 1, languages = { "en" }, title = "input-name",
  requires = { "demo" }, provides = { tools = { ["input-name/plan"] = "tools/plan.lua" } } }
