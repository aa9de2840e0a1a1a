-- Planted: the tool extends demo's tool, but the plugin does not require demo.
return plugin { id = "no-requires", version = "1", author = "Test", api = 1, languages = { "en" }, title = "no-requires",
  provides = { tools = { ["no-requires/plan"] = "tools/plan.lua" } } }
