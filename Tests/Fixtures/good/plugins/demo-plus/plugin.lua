return plugin {
  id = "demo-plus", version = "0.1", author = "Partner", api = 1, languages = { "en", "fr" },
  title = { en = "Demo plus", fr = "Démo plus" },
  requires = { "demo" },
  provides = { tools = { ["demo/plan-b"] = "tools/plan-b.lua" } },
}
