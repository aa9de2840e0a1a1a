return module {
  id = "demo", version = "1.0", author = "Test", languages = { "en", "fr" },
  title = { en = "Demo", fr = "Démo" },
  exercises = { exercise { id = "talk", title = { en = "Talk", fr = "Parler" }, prompts = { { en = "Why?", fr = "Pourquoi ?" } } } },
}
