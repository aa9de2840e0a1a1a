return module {
  id = "bad-manifest",
  title = "No version, no languages",
}
