-- MCG adapted the Networks tool of the Mission locale de Villeurbanne (version A) into version B
-- (IO4 §5), and tried it with CRESM, an organisation based in Palermo, in a five-step session of
-- four effective hours (IO4 §5.1). IO4 places CRESM in Palermo; it does not say where MCG is.
return plugin {
  id = "mcg-networks",
  version = "1.0.0",
  title = { en = "MCG's Networks tools", fr = "Les outils Réseaux de MCG", it = "Gli strumenti Reti di MCG" },
  summary = {
    en = "Version B of the tool for identifying, mapping and strengthening partner relations, which starts from the beneficiaries' needs, and the session plan MCG ran with CRESM, an organisation based in Palermo.",
    fr = "La version B de l'outil d'identification, de cartographie et de renforcement des relations partenaires, qui part des besoins des bénéficiaires, et le déroulé de la session menée par MCG avec le CRESM, une organisation basée à Palerme.",
    it = "La versione B dello strumento di identificazione, mappatura e rafforzamento delle relazioni con i partner, che parte dai bisogni dei beneficiari, e il percorso della sessione svolta da MCG con il CRESM, un'organizzazione con sede a Palermo.",
  },
  author = "MCG",
  api = 1,
  languages = { "en", "fr", "it" },
  requires = { "networks" },
  provides = {
    tools = {
      ["networks/partner-map-b"] = "tools/partner-map-b.lua",
      ["networks/partner-map-cresm"] = "tools/partner-map-cresm.lua",
    },
  },
}
