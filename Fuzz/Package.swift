// swift-tools-version: 6.1
//
// profint's libFuzzer harnesses, a package of their own beside the product (as benchmarks/ is),
// so `swift test` never builds them. Each harness is an executable that defines
// `LLVMFuzzerTestOneInput` and a `main` that starts libFuzzer's driver (FuzzSupport).
// `scripts/fuzz` builds them with `-sanitize=fuzzer -parse-as-library` and runs them
// (docs/security.md, "Fuzzing").
import PackageDescription

let package = Package(
    name: "profint-fuzz",
    dependencies: [.package(name: "profint", path: "..")],
    targets: [
        // libFuzzer's driver entry point, declared for Swift.
        .target(name: "CFuzzer"),
        // What every harness shares: the input as bytes and text, how a finding is reported.
        .target(name: "FuzzSupport", dependencies: ["CFuzzer"]),
        // Answer files: arbitrary bytes read as YAML or JSON (`DataFile`), then as an `AnswerFile`.
        .executableTarget(name: "fuzz-answer-file", dependencies: [
            "FuzzSupport", .product(name: "ProfintEngine", package: "profint"),
        ]),
        // The hand-written JSON parser (protocol lines, exports) against Foundation's decoder.
        .executableTarget(name: "fuzz-json", dependencies: [
            "FuzzSupport", .product(name: "ProfintEngine", package: "profint"),
        ]),
        // Session import: JSON text decoded as a session, then encoded and decoded again.
        .executableTarget(name: "fuzz-session", dependencies: [
            "FuzzSupport", .product(name: "ProfintEngine", package: "profint"),
        ]),
        // Arbitrary bytes as a Lua chunk in a small sandboxed state; its values copied into Swift.
        .executableTarget(name: "fuzz-lua", dependencies: [
            "FuzzSupport", .product(name: "ProfintFuzzing", package: "profint"),
        ]),
        // The terminal's answer parser, for each question kind.
        .executableTarget(name: "fuzz-answer-parser", dependencies: [
            "FuzzSupport", .product(name: "ProfintEngine", package: "profint"),
            .product(name: "ProfintFuzzing", package: "profint"),
        ]),
    ]
)
