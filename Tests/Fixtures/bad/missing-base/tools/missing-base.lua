return tool {
  extends = "demo/no-such-tool",
  remove("a"),
}
