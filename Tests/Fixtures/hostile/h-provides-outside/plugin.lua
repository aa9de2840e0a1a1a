return plugin { id = "h-provides-outside", version = "1", author = "Hostile", api = 1, languages = { "en" }, title = "h-provides-outside",
  provides = { tools = { ["h-provides-outside/t"] = "../victim/tools/t.lua" } } }
