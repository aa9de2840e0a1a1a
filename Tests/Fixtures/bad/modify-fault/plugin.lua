return plugin { id = "modify-fault", version = "1", author = "Test", api = 1, languages = { "en" }, title = "modify-fault",
  requires = { "demo" }, provides = { tools = { ["modify-fault/plan"] = "tools/plan.lua" } } }
