// swift-tools-version: 6.1
//
// profint's benchmarks, a package of their own beside the product (as other packages keep their
// examples), so `swift test` never builds them. `scripts/bench` builds and runs them.
import PackageDescription

/// The start-up baselines link as the profint executable does: the C++ library and the unwinder
/// from GCC's static archives, through profint's linker scripts (../linker/README.md).
let linkedAsProfint: [LinkerSetting] = [.unsafeFlags(["-L\(Context.packageDirectory)/../linker"])]

let package = Package(
    name: "profint-benchmarks",
    dependencies: [.package(name: "profint", path: "..")],
    targets: [
        // The in-process measures: runs per second, memory across runs, profint test's rate.
        .executableTarget(name: "profint-bench", dependencies: [.product(name: "ProfintEngine", package: "profint")]),
        // The smallest Swift program, the start-up baseline.
        .executableTarget(name: "swift-hello", linkerSettings: linkedAsProfint),
        // The same with Foundation linked (as Yams and GRDB make profint): what Foundation alone
        // adds to a start, the part of profint's start-up no change to profint can remove.
        .executableTarget(name: "swift-hello-foundation", linkerSettings: linkedAsProfint),
        // With only FoundationEssentials, the smallest Foundation, in use: what any Foundation costs.
        .executableTarget(name: "swift-hello-essentials", linkerSettings: linkedAsProfint),
    ]
)
