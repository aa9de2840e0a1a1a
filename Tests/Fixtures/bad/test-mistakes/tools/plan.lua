-- A tool without mistakes; its test case has them.
return tool {
  extends = "demo/plan",
  title = "Plan, tested",
}
