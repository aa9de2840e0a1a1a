-- A change function misspelled: insert_afer for insert_after. luacheck with the standard of
-- `profint stubs` flags the global; profint itself fails at this line.
return tool {
  extends = "demo/plan",
  title = "Misspelled change",
  insert_afer("needs.alone", ask.text { id = "skills", text = "Skills?", optional = true }),
}
