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
        .executable(name: "juesuan", targets: ["juesuan"])
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.0.0"),
    ],
    targets: [
        // The C API of poppler-glib. Imported by PDFText only.
        .systemLibrary(
            name: "CPopplerGlib",
            pkgConfig: "poppler-glib",
            providers: [.apt(["libpoppler-glib-dev"])]
        ),
        // Text primitives for printed report text: white space, byte-wise search, the one comparison fold (TextFold)
        // and exact printed numbers. Locale-free and fast.
        .target(name: "PrintedText", swiftSettings: strict),
        // Pure values: glyphs, words, lines, pages. No I/O.
        .target(
            name: "PageModel", dependencies: ["PrintedText"], resources: [.embedInCode("compatibility-ideographs.tsv")],
            swiftSettings: strict),
        // The one door to poppler: PDF bytes → PageModel pages.
        .target(name: "PDFText", dependencies: ["CPopplerGlib", "PageModel", "PrintedText"], swiftSettings: strict),
        // Record model v1: the archive's JSON contract, exact amounts.
        .target(name: "Records", swiftSettings: strict),
        // SHA-256, the identity of a document.
        .target(
            name: "Digest", dependencies: [.product(name: "Crypto", package: "swift-crypto")], swiftSettings: strict),
        // Pages → known table layouts → records; unknown layouts → generic grids.
        .target(
            name: "Tables", dependencies: ["PageModel", "PrintedText", "Records", "Catalogue"],
            resources: [.embedInCode("Layouts/layouts.json")], swiftSettings: strict
        ),
        // 政府收支分类科目: codes and names by year, a data file embedded in the binary.
        .target(
            name: "Catalogue", dependencies: ["PrintedText"], resources: [.embedInCode("catalogue.tsv")],
            swiftSettings: strict),
        // The prose stage: pages → the figures quoted in the 情况说明, typed by what they are.
        .target(name: "Prose", dependencies: ["PageModel", "PrintedText", "Records"], swiftSettings: strict),
        // Validation: arithmetic, cross-table and narrative checks of a record-model document. No pages.
        .target(name: "Checks", dependencies: ["Records", "PrintedText", "Catalogue", "Prose"], swiftSettings: strict),
        // Draws a page as the tables stage read it (`PageExplanation`) as SVG, and says it as text. Pure functions.
        .target(name: "Explain", dependencies: ["Tables", "PageModel", "PrintedText"], swiftSettings: strict),
        // Composes the stages: PDF bytes → archive document.
        .target(
            name: "Pipeline", dependencies: ["PDFText", "PageModel", "Tables", "Records", "Digest", "Prose", "Checks"],
            swiftSettings: strict),
        // Linux calls Swift cannot make through Glibc (variadic, or _GNU_SOURCE only): fallocate, prctl, Landlock, seccomp.
        .target(name: "CSystemCalls"),
        // I/O edge of the archive: atomic durable writes, index.jsonl ledger, rejection notes, layout.
        .target(name: "ArchiveStore", dependencies: ["Records", "Digest", "CSystemCalls"], swiftSettings: strict),
        // The daemon: inbox watcher, claims, worker pool of `juesuan extract` children, systemd protocol.
        .target(
            name: "Ingest",
            dependencies: ["ArchiveStore", "CSystemCalls", "Records", .product(name: "Logging", package: "swift-log")],
            swiftSettings: strict
        ),
        // The archive as a dataset: one row per printed figure, as CSV or JSON lines.
        .target(name: "Export", dependencies: ["ArchiveStore", "Records"], swiftSettings: strict),
        .executableTarget(
            name: "juesuan",
            dependencies: [
                "PDFText", "PageModel", "PrintedText", "Records", "Tables", "Pipeline", "Checks", "Ingest", "Export",
                "Explain",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strict
        ),
        .target(
            name: "TestSupport", dependencies: ["PDFText", "PageModel"], path: "Tests/TestSupport",
            swiftSettings: strict),
        .testTarget(name: "CommandTests", dependencies: ["juesuan", "Ingest"], swiftSettings: strict),
        .testTarget(name: "PrintedTextTests", dependencies: ["PrintedText"], swiftSettings: strict),
        .testTarget(name: "PageModelTests", dependencies: ["PageModel"], swiftSettings: strict),
        .testTarget(
            name: "PDFTextTests", dependencies: ["PDFText", "PageModel", "TestSupport"], swiftSettings: strict),
        .testTarget(name: "RecordsTests", dependencies: ["Records", "Digest", "TestSupport"], swiftSettings: strict),
        .testTarget(name: "CatalogueTests", dependencies: ["Catalogue"], swiftSettings: strict),
        .testTarget(
            name: "ChecksTests",
            dependencies: ["Checks", "Prose", "Records", "Catalogue", "PageModel", "PDFText", "TestSupport"],
            swiftSettings: strict),
        .testTarget(
            name: "ArchiveStoreTests", dependencies: ["ArchiveStore", "Records", "TestSupport"], swiftSettings: strict),
        .testTarget(
            name: "IngestTests", dependencies: ["ArchiveStore", "Records", "PDFText", "TestSupport"],
            swiftSettings: strict),
        .testTarget(
            name: "ExportTests", dependencies: ["Export", "ArchiveStore", "Records", "TestSupport"],
            swiftSettings: strict),
        .testTarget(
            name: "ExplainTests", dependencies: ["Explain", "Tables", "PageModel", "PDFText", "TestSupport"],
            swiftSettings: strict),
        .testTarget(
            name: "TablesTests",
            dependencies: ["Tables", "PageModel", "PDFText", "Records", "Pipeline", "TestSupport"],
            swiftSettings: strict),
    ]
)
