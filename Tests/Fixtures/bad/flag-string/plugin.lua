return plugin { id = "flag-string", version = "1", author = "Test", api = 1, languages = { "en" }, title = "flag-string",
  requires = { "demo" }, provides = { tools = { ["flag-string/plan"] = "tools/plan.lua" } } }
