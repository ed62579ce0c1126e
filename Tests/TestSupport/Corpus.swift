public import Foundation

/// Paths of the test fixtures and of the shared public corpus.
public enum Corpus {
    /// The repository's top folder.
    public static let root: URL = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url
    }()

    /// `Tests/Fixtures/NAME`.
    public static func fixture(_ name: String) -> URL {
        root.appendingPathComponent("Tests/Fixtures").appendingPathComponent(name)
    }

    /// `../shared/corpus/public`, if present beside the repository.
    public static var publicCorpus: URL? { shared("public") }

    /// `../shared/corpus/real`: real reports from producers the public set lacks, if present.
    public static var realCorpus: URL? { shared("real") }

    /// `../shared/corpus/NAME`, if present beside the repository.
    public static func shared(_ name: String) -> URL? {
        let url = root.deletingLastPathComponent().appendingPathComponent("shared/corpus").appendingPathComponent(name)
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }

    /// A new empty temporary folder.
    public static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("juesuan-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
