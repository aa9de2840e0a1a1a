// swift-tools-version: 6.1
//
// profint: a command-line runtime for PROFINT training modules, with tools scripted in Lua 5.4.
// The targets are layers; each depends only on those listed before it (docs/architecture.md).
import PackageDescription

let package = Package(
    name: "profint",
    products: [
        .executable(name: "profint", targets: ["profint"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
    ],
    targets: [
        // 1. Lua 5.4 from Debian's liblua5.4-dev, and the C shim over it.
        .systemLibrary(
            name: "CLua",
            pkgConfig: "lua5.4",
            providers: [.apt(["liblua5.4-dev"])]
        ),
        .target(name: "CLuaShim", dependencies: ["CLua"]),

        // 2. The Swift Lua bridge: states, values, calls, coroutines, sandbox, limits.
        .target(
            name: "LuaBridge",
            dependencies: ["CLua", "CLuaShim"],
            resources: [.embedInCode("Lua/sandbox.lua")]
        ),

        // 3. The core: bundles, catalog, tools, the session engine, answers, checks, tests.
        .target(
            name: "ProfintCore",
            dependencies: ["LuaBridge", .product(name: "Yams", package: "Yams")],
            resources: [.embedInCode("Lua/authoring.lua")]
        ),

        // 4. The store: sessions in SQLite.
        .target(
            name: "ProfintStore",
            dependencies: ["ProfintCore", .product(name: "GRDB", package: "GRDB.swift")]
        ),

        // 5. Reports: Markdown, HTML, JSON, DOT, Mermaid.
        .target(name: "ProfintReports", dependencies: ["ProfintCore"]),

        // 6. Front ends and the command line.
        .systemLibrary(
            name: "CEditLine",
            pkgConfig: "libedit",
            providers: [.apt(["libedit-dev"])]
        ),
        .target(
            name: "ProfintFrontEnds",
            dependencies: ["ProfintCore", "CEditLine"]
        ),
        .target(
            name: "ProfintCLI",
            dependencies: [
                "ProfintCore", "ProfintStore", "ProfintReports", "ProfintFrontEnds",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "profint", dependencies: ["ProfintCLI"]),

        // Benchmarks (scripts/bench, docs/performance.md): in-process measures, and the
        // smallest Swift program as the start-up baseline.
        .executableTarget(name: "profint-bench", dependencies: ["ProfintCore", "LuaBridge"]),
        .executableTarget(name: "swift-hello"),

        .testTarget(name: "LuaBridgeTests", dependencies: ["LuaBridge"]),
        .testTarget(name: "ProfintCoreTests", dependencies: ["ProfintCore", "LuaBridge"], exclude: ["../Fixtures"]),
        .testTarget(name: "ProfintStoreTests", dependencies: ["ProfintStore", "ProfintCore", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "ProfintReportsTests", dependencies: ["ProfintReports", "ProfintCore"]),
        .testTarget(name: "ProfintCLITests", dependencies: ["profint", "ProfintCore"]),
    ]
)
