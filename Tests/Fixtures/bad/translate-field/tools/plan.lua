-- Planted: a misspelled field inside a translation table.
return tool {
  extends = "demo/plan",
  translate("it", {
    ["needs.needs"] = { txet = "Quali bisogni?" } }),
}
