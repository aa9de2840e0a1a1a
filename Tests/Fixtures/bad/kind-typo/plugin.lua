return plugin { id = "kind-typo", version = "1", author = "Test", api = 1, languages = { "en" }, title = "kind-typo",
  requires = { "demo" }, provides = { tools = { ["kind-typo/plan"] = "tools/plan.lua" } } }
