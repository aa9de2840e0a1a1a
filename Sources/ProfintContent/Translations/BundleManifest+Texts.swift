import ProfintModel

/// The translatable texts of a bundle's manifest: its title and summary, and each exercise's
/// title, text, provenance and prompts (`exercise.<id>.prompt.<n>`, from 1).
extension BundleManifest {
    /// Every translatable text of the manifest, in reading order.
    public var translatableTexts: [TranslatableText] {
        var found: [TranslatableText] = []
        _ = mapTexts { key, text in
            found.append(TranslatableText(key: key, text: text, location: source))
            return text
        }
        return found
    }

    /// The manifest with each translatable text replaced by what `transform` returns for it.
    public func mapTexts(_ transform: (TextKey, LocalizedText) -> LocalizedText) -> BundleManifest {
        var manifest = self
        func map(_ text: LocalizedText?, _ field: String) -> LocalizedText? {
            guard let text, !text.isEmpty else { return text }
            return transform(TextKey(path: nil, field: field), text)
        }
        manifest.title = map(title, "title") ?? title
        manifest.summary = map(summary, "summary")
        manifest.exercises = exercises.map { exercise in
            var exercise = exercise
            let prefix = "exercise.\(exercise.id)."
            exercise.title = map(exercise.title, prefix + "title") ?? exercise.title
            exercise.text = map(exercise.text, prefix + "text")
            exercise.provenance = map(exercise.provenance, prefix + "provenance")
            exercise.prompts = exercise.prompts.enumerated().map { index, prompt in
                map(prompt, prefix + "prompt.\(index + 1)") ?? prompt
            }
            return exercise
        }
        return manifest
    }
}
