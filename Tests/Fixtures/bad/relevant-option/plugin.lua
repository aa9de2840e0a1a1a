return plugin { id = "relevant-option", version = "1", author = "Test", api = 1, languages = { "en" }, title = "relevant-option",
  requires = { "demo" }, provides = { tools = { ["relevant-option/plan"] = "tools/plan.lua" } } }
