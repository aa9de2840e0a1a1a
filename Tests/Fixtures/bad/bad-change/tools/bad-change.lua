return tool {
  extends = "demo/plan",
  remove("needs.nothing"),
  move("cover", { after = "nowhere" }),
}
