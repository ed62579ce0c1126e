import Foundation
import Testing
import TestSupport

/// The census of real budgets without truth (`../shared/corpus/national/census`, four cities): `juesuan extract`
/// over each, measured by the corpus's own `census.py` against what `pdftotext` prints. Issue 17's bar: kind and
/// year right on every document, the printed core tables found, their printed amounts read, and at most three
/// documents with a failed check.
@Suite struct CensusAcceptanceTests {
    /// The figures of `census.py`'s last line: `census docs=57 kind=1.0000 year=1.0000 tables R=1.0000
    /// coverage=0.9503 failed_checks=0/57`.
    struct Census {
        var kind: Double
        var year: Double
        var tables: Double
        var coverage: Double
        var failed: Int

        init(line: String) throws {
            let fields = Dictionary(
                line.split(separator: " ").compactMap { field -> (String, String)? in
                    let parts = field.split(separator: "=", maxSplits: 1)
                    return parts.count == 2 ? (String(parts[0]), String(parts[1])) : nil
                }, uniquingKeysWith: { first, _ in first })
            kind = try #require(fields["kind"].flatMap(Double.init))
            year = try #require(fields["year"].flatMap(Double.init))
            tables = try #require(fields["R"].flatMap(Double.init))
            coverage = try #require(fields["coverage"].flatMap(Double.init))
            failed = try #require(fields["failed_checks"]?.split(separator: "/").first.flatMap { Int($0) })
        }
    }

    @Test(
        .enabled(
            if: Corpus.shared("national/census") != nil, "../shared/corpus/national/census is not beside the repository"
        ))
    func censusMeetsTheBar() throws {
        let census = try #require(Corpus.shared("national/census"))
        let archive = try Corpus.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: archive) }
        let pdfs = try FileManager.default.contentsOfDirectory(at: census, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "pdf" }
        #expect(pdfs.count >= 50)
        for pdf in pdfs {
            let child = try ChildProcess.succeed(Binary.juesuan, ["extract", pdf.path])
            try child.output.write(
                to: archive.appendingPathComponent(pdf.deletingPathExtension().lastPathComponent + ".json"))
        }
        let script = census.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("census.py")
        let run = try ChildProcess.succeed(
            "/usr/bin/env",
            [
                "python3", script.path, census.path, archive.path, "--labels",
                census.appendingPathComponent("labels.tsv").path,
            ])
        let line = try #require(run.outputText.split(separator: "\n").last.map(String.init))
        print(line)
        let figures = try Census(line: line)
        #expect(figures.kind == 1)
        #expect(figures.year == 1)
        #expect(figures.tables >= 0.98)
        #expect(figures.coverage >= 0.95)
        #expect(figures.failed <= 3)
    }
}
