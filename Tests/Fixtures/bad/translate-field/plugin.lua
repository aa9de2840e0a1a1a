return plugin { id = "translate-field", version = "1", author = "Test", api = 1, languages = { "en" }, title = "translate-field",
  requires = { "demo" }, provides = { tools = { ["translate-field/plan"] = "tools/plan.lua" } } }
