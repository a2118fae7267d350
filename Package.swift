// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "NewsGraph",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "newsgraph", targets: ["newsgraph"]),
        .library(name: "NewsGraph", targets: ["NewsGraph"]),
        .library(name: "Graphviz", targets: ["Graphviz"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"]), .brew(["graphviz"])]
        ),
        .target(name: "Graphviz", dependencies: ["CGraphviz"]),
        .target(
            name: "NewsGraph",
            dependencies: ["Graphviz", .product(name: "GRDB", package: "GRDB.swift")],
            resources: [.copy("Resources/Lexicon")]
        ),
        .executableTarget(
            name: "newsgraph",
            dependencies: [
                "NewsGraph",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // `swift run -c release render-benchmark`: in-process rendering against `dot`.
        .executableTarget(name: "render-benchmark", dependencies: ["NewsGraph", "Graphviz"], path: "Benchmarks/RenderBenchmark"),
        // `swift run -c release extract-benchmark`: extraction throughput and memory.
        .executableTarget(name: "extract-benchmark", dependencies: ["NewsGraph"], path: "Benchmarks/ExtractBenchmark"),
        // `swift run -c release store-benchmark`: neighbours and adding an article on a 100k-entity, 1M-relation store.
        .executableTarget(name: "store-benchmark", dependencies: ["NewsGraph"], path: "Benchmarks/StoreBenchmark"),
        // Helpers shared by the test targets: snapshots, fixtures, SVG queries.
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "GraphvizTests", dependencies: ["Graphviz", "TestSupport"], exclude: ["Snapshots"]),
        .testTarget(name: "NewsGraphTests", dependencies: ["NewsGraph", "TestSupport", .product(name: "GRDB", package: "GRDB.swift")], exclude: ["Snapshots"]),
        .testTarget(name: "newsgraphTests", dependencies: ["newsgraph", "NewsGraph", "TestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
