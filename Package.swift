// swift-tools-version: 6.0
import PackageDescription

// Targets follow the build pipeline: load → model → link → render → emit.
// Each module depends only on modules earlier in this list (checked by ImportDirectionTests).
let package = Package(
    name: "libro",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "libro", targets: ["libro"]),
        .library(name: "LibroKit", targets: ["LibroKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        .systemLibrary(
            name: "CCmarkGFM",
            pkgConfig: "libcmark-gfm",
            providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]
        ),
        .target(name: "Markdown", dependencies: ["CCmarkGFM", "Files"]),
        .target(name: "Diagnostics"),
        // Helpers every stage may use: the file system's stamps and listings, and work spread over
        // the cores and timed.
        .target(name: "Files"),
        .target(name: "Workers"),
        // Excel workbooks (.xlsx) read and written, for organization data kept in a spreadsheet.
        .target(name: "Spreadsheet", dependencies: [.product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        .target(name: "Model", dependencies: ["Diagnostics"]),
        .target(
            name: "Load",
            dependencies: [
                "Diagnostics", "Files", "Workers", "Spreadsheet", "Model", "Markdown",
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .target(
            name: "Theme",
            dependencies: ["Diagnostics", "Model"]
        ),
        .target(name: "Derive", dependencies: ["Diagnostics", "Workers", "Model", "Markdown", "Load", "Theme"]),
        .target(name: "Link", dependencies: ["Diagnostics", "Workers", "Model"]),
        .target(
            name: "Render",
            dependencies: ["Diagnostics", "Files", "Workers", "Model", "Markdown", "Theme", "Link"]
        ),
        .target(name: "CSwap"),
        .target(
            name: "Emit",
            dependencies: [
                "Diagnostics", "Files", "Workers", "Model", "CSwap",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        .target(
            name: "LibroKit",
            dependencies: [
                "Diagnostics", "Files", "Workers", "Spreadsheet", "Model", "Markdown", "Load", "Theme", "Derive",
                "Link",
                "Render", "Emit",
            ]
        ),
        .target(
            name: "Preview",
            dependencies: [
                "LibroKit", "Files", "Diagnostics",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ]
        ),
        .target(
            name: "LibroCLI",
            dependencies: [
                "LibroKit", "Preview", "Diagnostics", "Workers", "Model",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "libro", dependencies: ["LibroCLI"]),
        .target(name: "TestSupport", path: "Tests/TestSupport"),
        // Fixtures: workbooks saved by LibreOffice and openpyxl (Fixtures/make_fixtures.py writes them).
        .testTarget(name: "SpreadsheetTests", dependencies: ["Spreadsheet"], exclude: ["Fixtures"]),
        .testTarget(name: "MarkdownTests", dependencies: ["Markdown", "Files"], exclude: ["Examples.md"]),
        .testTarget(
            name: "LoadTests",
            dependencies: [
                "Load", "Markdown", "Model", "Diagnostics", "TestSupport", .product(name: "Yams", package: "Yams"),
            ]
        ),
        .testTarget(name: "ThemeTests", dependencies: ["Theme", "Model", "Diagnostics"]),
        .testTarget(name: "LinkTests", dependencies: ["Link", "Model", "Diagnostics"]),
        .testTarget(name: "RenderTests", dependencies: ["Render", "Link", "Model"]),
        .testTarget(name: "PreviewTests", dependencies: ["Preview", "LibroKit", "TestSupport"]),
        .testTarget(
            name: "LibroKitTests",
            dependencies: [
                "LibroKit", "LibroCLI", "Diagnostics", "Spreadsheet", "Model", "Markdown", "Load", "Theme", "Derive",
                "Emit", "Workers", "TestSupport", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        // libFuzzer targets, built with `-sanitize=fuzzer -DFUZZING` by Tests/Fuzz/run.sh; without
        // FUZZING each one replays the inputs named on its command line.
        .target(name: "FuzzDriver", path: "Tests/Fuzz/Driver"),
        .executableTarget(
            name: "fuzz-front-matter",
            dependencies: ["FuzzDriver", "Load", "Markdown", "Diagnostics"],
            path: "Tests/Fuzz/FrontMatter"
        ),
        .executableTarget(
            name: "fuzz-data-files",
            dependencies: ["FuzzDriver", "Load", "Derive", "Theme", "Model", "Diagnostics"],
            path: "Tests/Fuzz/DataFiles"
        ),
        .executableTarget(
            name: "fuzz-references",
            dependencies: ["FuzzDriver", "Load", "Link", "Markdown", "Model", "Diagnostics"],
            path: "Tests/Fuzz/References"
        ),
        .executableTarget(
            name: "fuzz-markdown", dependencies: ["FuzzDriver", "Markdown", "Link"], path: "Tests/Fuzz/Markdown"),
        .executableTarget(
            name: "fuzz-workbook", dependencies: ["FuzzDriver", "Spreadsheet"], path: "Tests/Fuzz/Workbook"),
        .executableTarget(
            name: "fuzz-serve",
            dependencies: [
                "FuzzDriver", "Preview", "LibroKit", "Diagnostics",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOEmbedded", package: "swift-nio"),
            ],
            path: "Tests/Fuzz/Serve"
        ),
    ],
    swiftLanguageModes: [.v6]
)
