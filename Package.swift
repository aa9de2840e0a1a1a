// swift-tools-version: 6.1
//
// profint: a command-line runtime for PROFINT training modules, with tools scripted in Lua 5.4.
// The targets are layers; each depends only on those listed before it (docs/architecture.md).
// Benchmarks are a package of their own under benchmarks/, as examples are in other packages.
import PackageDescription

/// Every profint target is compiled to reach the metadata of its concrete generic types through
/// accessor functions, not by mangled name: a mangled name makes the runtime check each generic
/// requirement by scanning every protocol conformance in the program (6,000 of them, most of
/// them Foundation's), the first time in each process (docs/performance.md). A target's flags
/// reach that target only: `scripts/build-release` passes the flag to the dependencies' too.
let fastMetadata: [SwiftSetting] = [
    .unsafeFlags(["-Xfrontend", "-disable-concrete-type-metadata-mangled-name-accessors"]),
]

let package = Package(
    name: "profint",
    products: [
        .executable(name: "profint", targets: ["profint"]),
        // For the benchmarks package and for front ends written in Swift.
        .library(
            name: "ProfintEngine", targets: ["ProfintModel", "ProfintContent", "ProfintEngine", "ProfintChecks", "ProfintReports"]
        ),
        .library(name: "ProfintFuzzing", targets: ["LuaBridge", "ProfintFrontEnds"]), // for Fuzz/: Lua, typed answers
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        // Up to the next minor version: ProfintContent reads YAML from the libyaml Yams builds
        // (its CYaml module: YAMLEventReader), which is not part of Yams's public API.
        .package(url: "https://github.com/jpsim/Yams", .upToNextMinor(from: "6.2.2")),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
    ],
    targets: [
        // 1. Lua 5.4 from Debian's liblua5.4-dev, and the C shim over it.
        // No pkg-config: its -L of the system's library folder would come before linker/ (see profint).
        .systemLibrary(name: "CLua", providers: [.apt(["liblua5.4-dev"])]),
        .target(name: "CLuaShim", dependencies: ["CLua"]),

        // 2. The Swift Lua bridge: states, values, calls, coroutines, sandbox, limits. No PROFINT words.
        .target(
            name: "LuaBridge",
            dependencies: ["CLua", "CLuaShim"],
            resources: [
                .embedInCode("Lua/sandbox.lua"), .embedInCode("Lua/matcher.lua"),
                // Their bytecode, from scripts/precompile-lua (HostBytecode.swift).
                .embedInCode("Lua/sandbox.chunk"), .embedInCode("Lua/matcher.chunk"),
            ],
            swiftSettings: fastMetadata
        ),

        // 3. The core, in four layers.
        // 3a. The model: values, tools, questions, answers and their checks, session records. No Lua.
        .target(
            name: "ProfintModel",
            // profint's own words, compiled by msgfmt from the PO files beside them
            // (scripts/compile-catalogs): embedded so they always ship (docs/translations.md).
            exclude: ["Locale/profint.en.po", "Locale/profint.fr.po", "Locale/profint.it.po"],
            resources: [
                .embedInCode("Locale/profint.en.mo"), .embedInCode("Locale/profint.fr.mo"),
                .embedInCode("Locale/profint.it.mo"),
            ],
            swiftSettings: fastMetadata
        ),
        // 3b. Content: bundles, the catalog, the Lua authoring API, loading tools, answer files.
        .target(
            name: "ProfintContent",
            dependencies: ["ProfintModel", "LuaBridge", .product(name: "Yams", package: "Yams")],
            resources: [.embedInCode("Lua/authoring.lua"), .embedInCode("Lua/authoring.chunk")],
            swiftSettings: fastMetadata
        ),
        // 3c. The engine: a run of a tool, the session driver, headless runs, sessions read back.
        .target(name: "ProfintEngine", dependencies: ["ProfintModel", "ProfintContent"], swiftSettings: fastMetadata),
        // 3d. What partners run on their content: `check` and `test`.
        .target(
            name: "ProfintChecks", dependencies: ["ProfintModel", "ProfintContent", "ProfintEngine"],
            swiftSettings: fastMetadata
        ),

        // 4. The store: sessions in SQLite.
        .target(
            name: "ProfintStore",
            dependencies: ["ProfintModel", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: fastMetadata
        ),

        // 5. Reports: Markdown, HTML, JSON, DOT, Mermaid, SVG.
        .target(name: "ProfintReports", dependencies: ["ProfintModel", "ProfintEngine"], swiftSettings: fastMetadata),

        // 6. Front ends and the command line.
        .systemLibrary(name: "CEditLine", providers: [.apt(["libedit-dev"])]),
        .target(
            name: "ProfintFrontEnds",
            dependencies: ["ProfintModel", "ProfintContent", "ProfintEngine", "CEditLine"],
            swiftSettings: fastMetadata
        ),
        .target(
            name: "ProfintCLI",
            dependencies: [
                "ProfintModel", "ProfintContent", "ProfintEngine", "ProfintChecks", "ProfintStore",
                "ProfintReports", "ProfintFrontEnds",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: fastMetadata
        ),
        .executableTarget(
            name: "profint",
            dependencies: ["ProfintCLI"],
            swiftSettings: fastMetadata,
            // Lua, SQLite, libedit, GCC's C++ library and unwinder come from static archives,
            // through the linker scripts in linker/: eight shared libraries fewer to load at every
            // start (linker/README.md). Searched before the system's folders, where the shared ones are.
            linkerSettings: [.unsafeFlags(["-L\(Context.packageDirectory)/linker"])]
        ),

        // Test helpers shared by the test targets: temporary folders, fixtures, the process runner.
        .target(name: "ProfintTestSupport", dependencies: ["ProfintModel"], path: "Tests/ProfintTestSupport"),

        .testTarget(name: "LuaBridgeTests", dependencies: ["LuaBridge", "ProfintTestSupport"]),
        .testTarget(
            name: "ProfintCoreTests",
            dependencies: ["ProfintModel", "ProfintContent", "ProfintEngine", "ProfintChecks", "ProfintTestSupport"]
        ),
        .testTarget(
            name: "ProfintStoreTests",
            dependencies: ["ProfintStore", "ProfintModel", "ProfintTestSupport", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .testTarget(
            name: "ProfintReportsTests",
            dependencies: ["ProfintReports", "ProfintModel", "ProfintContent", "ProfintEngine", "ProfintTestSupport"]
        ),
        .testTarget(
            name: "ProfintFrontEndsTests",
            dependencies: ["ProfintFrontEnds", "ProfintModel", "ProfintContent", "ProfintEngine", "ProfintTestSupport"]
        ),
        .testTarget(
            name: "ProfintCLITests",
            dependencies: ["profint", "ProfintCLI", "ProfintChecks", "ProfintModel", "ProfintContent",
                           "ProfintTestSupport", .product(name: "GRDB", package: "GRDB.swift")]
        ),
    ]
)
