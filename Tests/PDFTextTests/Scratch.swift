import Foundation
import TestSupport

/// A temporary folder of PDFs made for one test with qpdf, removed afterwards.
final class Scratch {
    let folder: URL

    init() throws {
        folder = try Corpus.temporaryFolder()
    }

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }

    /// `data` written as `name`.
    func write(_ data: Data, as name: String) throws -> URL {
        let url = folder.appendingPathComponent(name)
        try data.write(to: url)
        return url
    }

    /// The 收入决算表 page of the Calc fixture as a one-page PDF (`qpdf --empty --pages`).
    func incomePage() throws -> URL {
        try qpdf(["--empty", "--pages", Fixture.calc.pdf.path, "2", "--"], "income-page.pdf")
    }

    /// A copy of `url` with its first page turned a quarter clockwise by its /Rotate.
    func rotated(_ url: URL) throws -> URL {
        try qpdf(["--rotate=+90:1", url.path], "rotated.pdf")
    }

    /// A copy of `url` named `name` that needs the user password `user` (AES-256).
    func encrypted(_ url: URL, as name: String) throws -> URL {
        try qpdf(["--encrypt", "user", "owner", "256", "--", url.path], name)
    }

    private func qpdf(_ arguments: [String], _ output: String) throws -> URL {
        let url = folder.appendingPathComponent(output)
        try ChildProcess.succeed("/usr/bin/qpdf", arguments + [url.path])
        return url
    }
}
