import ArchiveStore
import Foundation
import Records
import Testing
import TestSupport

/// Names with quotes, commas and line breaks, figures beyond a Double's digits, generic grids, forms, and an
/// index with rejected, duplicate, unreadable and torn lines: the export keeps every value and every text.
@Suite struct AwkwardTextTests {
    /// A record-model document as the extractor writes it, with figures a Double cannot hold.
    static func documentJSON(sha256: String) -> String {
        """
        {"schema_version":1,"document":{"sha256":"\(sha256)","source_name":"a, \\"b\\".pdf","pages":3,\
        "department":"某某局,\\"本级\\"","year":2024,"unit":"万元","kind":"budget","family":"unknown","status":"partial"},\
        "tables":[\
        {"id":"income","number":"02","title":"收入决算表","pages":[2,3],"empty":false,"records":[\
        {"name":"合计","total":123456789012345678.91,"fiscal_appropriation":0.1},\
        {"code":"201","name":"一般公共服务支出,\\"含\\"\\r\\n第二行\\n第三行","total":-1284.37,"other":"——见说明"}]},\
        {"id":"project_performance","title":"项目支出绩效自评表","pages":[3],"empty":false,"records":[],\
        "fields":{"project":"项目 \\"甲\\", 乙","budget":30,"executed":18.469,"execution_rate":61.56}},\
        {"id":"unknown","title":"表, 续","pages":[3],"empty":false,"records":[],\
        "rows":[["项目","","金额"],["一、收入,合计","1","2,697.60"],["\\"引\\"\\n文","",""]]}],\
        "checks":[{"rule":"grand_total","table":"income","ok":false,"detail":"x"}],"warnings":[]}
        """
    }

    let root: URL
    let archive: URL
    let store: ArchiveStore

    init() throws {
        root = try Corpus.temporaryFolder()
        archive = root.appendingPathComponent("Archive")
        store = try ArchiveStore(root: archive.path)
    }

    /// Archives `text` as a PDF's bytes with its document; returns the source.
    @discardableResult
    func archiveDocument(_ text: String, claim: String) throws -> SourceFile {
        let source = SourceFile(name: "a, \"b\".pdf", bytes: Data("%PDF-1.7 \(text)".utf8), claim: claim)
        let json = Data(Self.documentJSON(sha256: source.sha256).utf8)
        _ = try store.commit(.document(try DocumentSummary(jsonData: json), json: json), of: source)
        return source
    }

    @Test(.enabled(if: FactsCheck.ready, "needs .venv-facts (scripts/setup.sh)"))
    func everyTextAndValueSurvives() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        try archiveDocument("one", claim: "c1")
        let second = try archiveDocument("two", claim: "c2")
        // The same bytes again (a duplicate), and a rejected file: neither is a document of its own.
        _ = try store.commit(
            .duplicate(of: try #require(try store.archivedEntry(sha256: second.sha256))),
            of: SourceFile(name: "copy.pdf", bytes: Data("%PDF-1.7 two".utf8), claim: "c3"))
        _ = try store.commit(
            .rejected(Rejection(code: "not_a_pdf", reason: "not a PDF", advice: "drop a PDF")),
            of: SourceFile(name: "x.txt", bytes: Data("hello".utf8), claim: "c4"))
        // A line being appended when the export starts: not read.
        let index = try FileHandle(forWritingTo: archive.appendingPathComponent(ArchiveLayout.index))
        try index.seekToEnd()
        try index.write(contentsOf: Data(#"{"claim":"c5","json":"2024/x/half.json","status":"ok""#.utf8))
        try index.close()

        let check = FactsCheck(folder: root)
        for bom in [false, true] {
            let runs = try check.export(archive, bom: bom)
            #expect(runs.csv.status == 0 && runs.jsonl.status == 0, "\(runs.csv.errorText)")
            let csv = try Data(contentsOf: check.csv)
            #expect(csv.starts(with: [0xEF, 0xBB, 0xBF]) == bom)
            let figures = try check.check(archive)
            // Per document: 3 income figures, 3 form figures (the form's name is text), 6 grid cells; one text.
            #expect(figures.documents == 2)
            #expect(figures.values == 2 * 6)
            #expect(figures.cells == 2 * 6)
            #expect(figures.rows == 2 * 13)
            #expect(figures.incomeTotalSum == "246913578024691357.82")
            #expect(runs.csv.errorText.contains("2 documents, 12 values, 12 grid cells, 2 texts"))
        }
        let csv = try String(contentsOf: check.csv, encoding: .utf8)
        #expect(csv.contains("\"一般公共服务支出,\"\"含\"\"\r\n第二行\n第三行\""))
        #expect(csv.contains(",total,123456789012345678.91,\r\n"))
        #expect(csv.contains(",budget,30,\r\n"))
    }

    @Test func unreadableDocumentIsNamedAndLeftOut() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        try archiveDocument("one", claim: "c1")
        let broken = try archiveDocument("two", claim: "c2")
        let entry = try #require(try store.archivedEntry(sha256: broken.sha256))
        try Data("{\"schema_version\":1,".utf8).write(to: archive.appendingPathComponent(entry.json))
        let output = root.appendingPathComponent("facts.csv")
        let run = try ChildProcess.run(Binary.juesuan, ["facts", archive.path, "--output", output.path])
        #expect(run.status == 1)
        #expect(run.errorText.contains("\(entry.json): left out, cannot be read"))
        #expect(run.errorText.contains("1 documents, 6 values"))
        let lines = try String(contentsOf: output, encoding: .utf8).components(separatedBy: "\r\n")
        #expect(lines.first?.hasPrefix("sha256,source_name,department,year,") == true)
        #expect(!FileManager.default.fileExists(atPath: output.path + ".part"))
    }

    @Test("an index line that is no entry is named, and fails the export; a torn line fused to a whole one is read")
    func tornIndexLinesAreReported() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        try archiveDocument("one", claim: "c1")
        let index = archive.appendingPathComponent(ArchiveLayout.index)
        let first = try Data(contentsOf: index)
        try archiveDocument("two", claim: "c2")
        let second = try Data(contentsOf: index).dropFirst(first.count)
        // Line 2: a torn append with the retry's whole line fused after it; line 3: no entry at all.
        try (first + second.prefix(40) + second + Data("{\"claim\":\n".utf8)).write(to: index)
        let run = try ChildProcess.run(
            Binary.juesuan, ["facts", archive.path, "--output", root.appendingPathComponent("f.csv").path])
        #expect(run.status == 1)
        #expect(run.errorText.contains("index.jsonl: line 3 is not an index entry"))
        #expect(run.errorText.contains("index.jsonl: line 2 starts with a torn line"))
        #expect(run.errorText.contains("2 documents, 12 values"))
    }

    @Test func archiveWithoutIndexIsBadInput() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        let run = try ChildProcess.run(Binary.juesuan, ["facts", root.appendingPathComponent("nowhere").path])
        #expect(run.status == 65)
        #expect(run.errorText.contains("cannot read the archive's index"))
    }
}
