-- A partner's plugin that brings profint's own words in Greek (translations/profint.el.po),
-- a language profint does not ship. It adds no tool: the demo module's tools run in Greek.
return plugin {
  id = "demo-el", version = "0.1", author = "Partner", api = 1, languages = { "el" },
  title = "Demo in Greek",
  requires = { "demo" },
  provides = { tools = {} },
}
