import ArchiveStore
import Foundation
import Records
import Testing
import TestSupport

/// The public corpus archived by the real daemon, exported, and loaded with DuckDB.
@Suite struct CorpusExportTests {
    static let ready = Corpus.publicCorpus != nil && FactsCheck.ready

    @Test(.enabled(if: ready, "needs ../shared/corpus/public and .venv-facts (scripts/setup.sh)"))
    func corpusArchiveExportsEveryValue() throws {
        let folder = try Corpus.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let inbox = folder.appendingPathComponent("Inbox"), archive = folder.appendingPathComponent("Archive")
        try FileManager.default.createDirectory(at: inbox, withIntermediateDirectories: true)
        let pdfs = try FileManager.default.contentsOfDirectory(
            at: Corpus.publicCorpus!, includingPropertiesForKeys: nil
        )
        .filter { $0.pathExtension == "pdf" }
        for pdf in pdfs {
            try FileManager.default.copyItem(at: pdf, to: inbox.appendingPathComponent(pdf.lastPathComponent))
        }
        let watch = try ChildProcess.run(
            Binary.juesuan, ["watch", "--once", "--inbox", inbox.path, "--archive", archive.path])
        #expect(watch.status == 0, "\(watch.errorText)")

        // Index lines say what a query needs without opening a document.
        let index = try String(contentsOf: archive.appendingPathComponent(ArchiveLayout.index), encoding: .utf8)
        let entries = try index.split(separator: "\n").map {
            try JSONDecoder().decode(IndexEntry.self, from: Data($0.utf8))
        }
        #expect(entries.count == pdfs.count)
        for entry in entries {
            let document = try ArchiveDocument(jsonData: Data(contentsOf: archive.appendingPathComponent(entry.json)))
            #expect(entry.kind == document.document.kind?.rawValue)
            #expect(entry.tables == document.tables.count)
            #expect(entry.failedChecks == document.checks.count { !$0.ok })
        }

        let check = FactsCheck(folder: folder)
        let runs = try check.export(archive)
        #expect(runs.csv.status == 0 && runs.jsonl.status == 0, "\(runs.csv.errorText) \(runs.jsonl.errorText)")
        let figures = try check.check(archive)
        #expect(figures.documents == pdfs.count)
        #expect(figures.values > 2_000 && figures.values == figures.rows)
        #expect(runs.csv.errorText.contains("\(figures.documents) documents, \(figures.values) values"))
        // Every income table's 合计 (total, 财政拨款) and every 三公 total (budget, actual).
        #expect(figures.sumsChecked >= 3 * pdfs.count)
    }
}
