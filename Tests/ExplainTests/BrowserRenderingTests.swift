import Foundation
import TestSupport
import Testing

/// The SVG `explain` writes, opened in a real headless browser and screenshot to PNG: the picture is drawn, not
/// blank. Skipped where no Chromium is installed (`scripts/setup.sh` installs it).
@Suite struct BrowserRenderingTests {
    @Test(
        .enabled(if: Browser.path != nil, "no headless browser: chromium is not on PATH (apt-get install chromium)"),
        .enabled(
            if: ExplainCommandTests.document != nil,
            "the public corpus (../shared/corpus/public) is not beside the repository"))
    func theSVGRendersToAPictureThatIsNotBlank() throws {
        let pdf = try #require(ExplainCommandTests.document)
        let folder = try Corpus.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let svg = folder.appendingPathComponent("page.svg")
        let child = try ChildProcess.run(Binary.juesuan, ["explain", pdf.path, "--page", "14", "--output", svg.path])
        #expect(child.status == 0, "\(child.errorText)")
        let root = try #require(try SVGDocument(try Data(contentsOf: svg)).elements.first)
        let width = try #require(root.attributes["width"].flatMap(Browser.pixels))
        let height = try #require(root.attributes["height"].flatMap(Browser.pixels))
        // The same size, white: what a blank picture weighs as PNG.
        let blank = folder.appendingPathComponent("blank.svg")
        try Data(
            ("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(width)\" height=\"\(height)\">"
                + "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/></svg>").utf8
        ).write(to: blank)
        let drawn = try Browser.screenshot(svg, width: width, height: height, in: folder)
        let empty = try Browser.screenshot(blank, width: width, height: height, in: folder)
        #expect(PNGHeader(drawn) == PNGHeader(width: width, height: height))
        #expect(PNGHeader(empty) == PNGHeader(width: width, height: height))
        #expect(drawn.count > 5 * empty.count, "drawn \(drawn.count) bytes, blank \(empty.count) bytes")
    }
}

/// A headless Chromium on PATH.
enum Browser {
    static let path: String? = {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":")
        let names = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"]
        return names.lazy.flatMap { name in folders.map { "\($0)/\(name)" } }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    /// A CSS length in points (`595.32pt`) in whole CSS pixels, 4/3 to the point.
    static func pixels(_ length: String) -> Int? {
        guard length.hasSuffix("pt"), let points = Double(length.dropLast(2)) else { return nil }
        return Int((points * 4 / 3).rounded(.up))
    }

    /// The PNG the browser makes of `file` in a window of `width` × `height` pixels.
    static func screenshot(_ file: URL, width: Int, height: Int, in folder: URL) throws -> Data {
        let png = folder.appendingPathComponent(file.deletingPathExtension().lastPathComponent + ".png")
        let profile = folder.appendingPathComponent("profile-\(file.lastPathComponent)")
        guard let path else { throw CocoaError(.fileNoSuchFile) }
        try ChildProcess.succeed(
            path,
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--user-data-dir=\(profile.path)",
                "--window-size=\(width),\(height)", "--screenshot=\(png.path)", file.absoluteString,
            ])
        return try Data(contentsOf: png)
    }
}

/// The size a PNG's IHDR chunk gives.
struct PNGHeader: Equatable {
    var width: Int
    var height: Int

    init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    init?(_ data: Data) {
        let bytes = [UInt8](data.prefix(24))
        guard bytes.count == 24, bytes[0..<8] == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A],
            bytes[12..<16] == Array("IHDR".utf8)[...]
        else { return nil }
        let number = { (start: Int) in bytes[start..<(start + 4)].reduce(0) { $0 << 8 | Int($1) } }
        (width, height) = (number(16), number(20))
    }
}
