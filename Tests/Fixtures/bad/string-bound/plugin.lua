return plugin { id = "string-bound", version = "1", author = "Test", api = 1, languages = { "en" }, title = "string-bound",
  requires = { "demo" }, provides = { tools = { ["string-bound/plan"] = "tools/plan.lua" } } }
