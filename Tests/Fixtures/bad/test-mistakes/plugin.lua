return plugin { id = "test-mistakes", version = "1", author = "Test", api = 1, languages = { "en" }, title = "test-mistakes",
  requires = { "demo" }, provides = { tools = { ["test-mistakes/plan"] = "tools/plan.lua" } } }
