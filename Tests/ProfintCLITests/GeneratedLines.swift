import ProfintChecks
import Testing

/// Command lines made at random from a command's words, near misses included, to test a reader
/// of command lines against the argument parser (RunLineTests, TestLineTests): one word in ten
/// lines is another command, then up to six words, each a loose word, `--option=value`, or an
/// option and (unless a flag) a value.
struct GeneratedLines {
    /// The command, and the words that sometimes stand in its place.
    var command: String
    var otherCommands: [String]
    /// Loose words: positionals, and words that look like options.
    var words: [String]
    /// The options, and whether each is a flag.
    var options: [(name: String, isFlag: Bool)]
    var values: [String]

    /// `count` lines, the same for the same seed.
    func make(count: Int, seed: UInt64 = 20261130) -> [[String]] {
        var random = SeededGenerator(seed: seed)
        func pick<Item>(_ items: [Item]) -> Item { items[Int.random(in: items.indices, using: &random)] }
        return (0..<count).map { _ in
            var line = [random.chance(0.1) ? pick(otherCommands) : command]
            for _ in 0..<Int.random(in: 0...6, using: &random) {
                let option = pick(options)
                switch Int.random(in: 0..<10, using: &random) {
                case 0...2: line.append(pick(words))
                case 3...4: line.append(option.name + "=" + pick(values))
                default: line += [option.name] + (option.isFlag ? [] : [pick(values)])
                }
            }
            return line
        }
    }

    /// Checks that the parser reads every line of `make(count:)` that `read` reads to the same
    /// values (`parsed`), and that the lines reach both ways: some read, some left to the parser.
    func compare<Values: Equatable>(
        count: Int, read: ([String]) -> Values?, parsed: ([String]) -> Values?,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        var readHere = 0
        for words in make(count: count) {
            guard let values = read(words) else { continue }
            readHere += 1
            #expect(values == parsed(words), "\(words)", sourceLocation: sourceLocation)
        }
        #expect(readHere > count / 10 && readHere < count * 9 / 10, "\(readHere) of \(count) read without the parser",
                sourceLocation: sourceLocation)
    }
}
