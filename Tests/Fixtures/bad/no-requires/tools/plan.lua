return tool {
  title = "Plan without requires",
  extends = "demo/plan",
}
