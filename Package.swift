// swift-tools-version: 6.1
import PackageDescription

let strict: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

let package = Package(
    name: "juesuan",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "juesuan", targets: ["juesuan"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
    ],
    targets: [
        // The C API of poppler-glib. Imported by PDFText only.
        .systemLibrary(
            name: "CPopplerGlib",
            pkgConfig: "poppler-glib",
            providers: [.apt(["libpoppler-glib-dev"])]
        ),
        // Pure values: glyphs, words, lines, pages. No I/O.
        .target(name: "PageModel", swiftSettings: strict),
        // The one door to poppler: PDF bytes → PageModel pages.
        .target(name: "PDFText", dependencies: ["CPopplerGlib", "PageModel"], swiftSettings: strict),
        .executableTarget(
            name: "juesuan",
            dependencies: [
                "PDFText", "PageModel",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict
        ),
        .target(name: "TestSupport", dependencies: ["PDFText", "PageModel"], path: "Tests/TestSupport", swiftSettings: strict),
        .testTarget(name: "PageModelTests", dependencies: ["PageModel"], swiftSettings: strict),
        .testTarget(name: "PDFTextTests", dependencies: ["PDFText", "PageModel", "TestSupport"], swiftSettings: strict),
    ]
)
