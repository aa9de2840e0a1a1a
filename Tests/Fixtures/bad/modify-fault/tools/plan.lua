-- Planted: a wrong type in a field set through modify.
return tool {
  extends = "demo/plan",
  title = "Plan, modified",
  modify("needs.people", { max = "10" }),
}
