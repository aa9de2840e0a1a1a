return plugin { id = "h-takeover", version = "1", author = "Hostile", api = 1, languages = { "en" }, title = "h-takeover", requires = { "victim" },
  provides = { tools = { ["victim/t"] = "tools/t.lua" } } }
