import Foundation
import TestSupport

/// The PDFs the daemon tests drop: variants of a small real report (distinct bytes, so distinct documents),
/// and bad inputs made on the spot.
enum TestPDFs {
    /// Three pages of a real Liaoning report.
    static let base: Data = {
        guard let data = try? Data(contentsOf: Corpus.fixture("daemon/three-pages.pdf")) else {
            preconditionFailure("Tests/Fixtures/daemon/three-pages.pdf is missing")
        }
        return data
    }()

    /// Variant `number` of the base: a comment after %%EOF changes the bytes, not the document.
    static func variant(_ number: Int) -> Data {
        base + Data("\n% variant \(number)\n".utf8)
    }

    /// The first `fraction` of the base: a download cut short.
    static func truncated(_ fraction: Double = 0.5) -> Data {
        base.prefix(Int(Double(base.count) * fraction))
    }

    /// A page holding only an image (what a scanner without OCR makes).
    static var imageOnly: Data {
        (try? Data(contentsOf: Corpus.fixture("daemon/image-only.pdf"))) ?? Data()
    }

    /// The base encrypted with a user password, by qpdf.
    static func encrypted(in folder: URL) throws -> Data {
        let plain = folder.appendingPathComponent("plain.pdf"), locked = folder.appendingPathComponent("locked.pdf")
        try base.write(to: plain)
        try ChildProcess.succeed("/usr/bin/qpdf", ["--encrypt", "user", "owner", "256", "--", plain.path, locked.path])
        return try Data(contentsOf: locked)
    }

    /// A 49-page report from the shared corpus (for latency and limits), or the base when the corpus is absent.
    static var long: Data {
        guard let corpus = Corpus.publicCorpus,
            let data = try? Data(contentsOf: corpus.appendingPathComponent("shanxi-shuozhou-kaifaqu-2024.chromium.pdf"))
        else { return base }
        return data
    }
}

extension BadInput {
    /// The file's bytes, as the daemon tests drop it; `folder` is scratch space.
    func data(in folder: URL) throws -> Data {
        switch self {
        case .empty: Data()
        case .text: Data("Dear colleagues, the report follows.\n".utf8)
        case .truncated: TestPDFs.truncated()
        case .encrypted: try TestPDFs.encrypted(in: folder)
        case .imageOnly: TestPDFs.imageOnly
        }
    }
}
