return plugin { id = "hook-path", version = "1", author = "Test", api = 1, languages = { "en" }, title = "hook-path",
  requires = { "demo" }, provides = { tools = { ["hook-path/plan"] = "tools/plan.lua" } } }
