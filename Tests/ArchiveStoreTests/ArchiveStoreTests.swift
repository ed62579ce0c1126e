import ArchiveStore
import Foundation
import Records
import Testing
import TestSupport

@Suite struct ArchiveStoreTests {
    let root: URL
    let store: ArchiveStore

    init() throws {
        root = try Corpus.temporaryFolder()
        store = try ArchiveStore(root: root.path)
    }

    func bytes(_ text: String) -> Data {
        Data("%PDF-1.7 \(text)".utf8)
    }

    func source(_ text: String, name: String = "report.pdf", claim: String = "claim1") -> SourceFile {
        SourceFile(name: name, bytes: bytes(text), claim: claim)
    }

    func document(for source: SourceFile, department: String = "某某局", year: Int = 2024) throws -> Outcome {
        let document = ArchiveDocument(
            document: DocumentInfo(
                sha256: source.sha256, sourceName: source.name, pages: 1,
                department: department, year: year, status: .ok))
        let json = try document.jsonData()
        return .document(try DocumentSummary(jsonData: json), json: json)
    }

    var indexLines: [Substring] {
        let text = (try? String(contentsOf: root.appendingPathComponent("index.jsonl"), encoding: .utf8)) ?? ""
        return text.split(separator: "\n")
    }

    @Test("a document is filed by year and department, beside its PDF, and linked by its sha256")
    func layout() throws {
        let file = source("a")
        let entry = try store.commit(try document(for: file), of: file)
        #expect(entry.json == "2024/某某局/final_accounts/report.\(file.sha256.prefix(12)).json")
        #expect(entry.pdf == "2024/某某局/final_accounts/report.\(file.sha256.prefix(12)).pdf")
        let linked = root.appendingPathComponent("sha256/\(file.sha256.prefix(2))/\(file.sha256).json")
        #expect(try ArchiveDocument(jsonData: Data(contentsOf: linked)).document.sha256 == file.sha256)
        #expect(try Data(contentsOf: root.appendingPathComponent(entry.pdf)) == bytes("a"))
        #expect(indexLines.count == 1)
    }

    @Test("committing the same claim again (after a crash) writes nothing new")
    func sameClaimOnce() throws {
        let file = source("a")
        let first = try store.commit(try document(for: file), of: file)
        let again = try store.commit(try document(for: file), of: file)
        #expect(first == again)
        #expect(indexLines.count == 1)
    }

    @Test("the same bytes under another claim are a duplicate; other bytes for the same report are a new version")
    func duplicatesAndVersions() throws {
        let original = source("a")
        _ = try store.commit(try document(for: original), of: original)
        let copy = source("a", name: "copy.pdf", claim: "claim2")
        let duplicate = try store.commit(try document(for: copy), of: copy)
        #expect(duplicate.status == .duplicate)
        #expect(duplicate.reason?.contains("report.pdf") == true)
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("duplicates").path))
        let revised = source("b", claim: "claim3")
        let version = try store.commit(try document(for: revised), of: revised)
        #expect(version.status == .ok)
        #expect(indexLines.count == 3)
    }

    @Test("a rejected file is kept with an error note saying what is wrong and what to do")
    func rejection() throws {
        let file = source("broken", name: "broken.pdf")
        let rejection = Rejection(code: "bad_input", reason: "damaged beyond repair", advice: "download it again")
        let entry = try store.commit(.rejected(rejection), of: file)
        #expect(entry.status == .rejected)
        #expect(entry.reason == "damaged beyond repair; download it again")
        let note =
            try JSONSerialization.jsonObject(with: Data(contentsOf: root.appendingPathComponent(entry.json)))
            as? [String: Any]
        #expect(note?["advice"] as? String == "download it again")
        #expect(try Data(contentsOf: root.appendingPathComponent(entry.pdf)) == bytes("broken"))
    }

    @Test(
        "a file too large to hold is hashed in chunks and kept whole, linked on one file system, copied across two",
        arguments: [false, true])
    func unreadFile(acrossFileSystems: Bool) throws {
        let folder = acrossFileSystems ? URL(fileURLWithPath: "/dev/shm") : root
        let path = folder.appendingPathComponent("large-\(UUID().uuidString).pdf").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let content = Data((0..<(3 << 20) + 17).map { UInt8(truncatingIfNeeded: $0 &* 131) })
        try content.write(to: URL(fileURLWithPath: path))
        let file = try SourceFile(name: "large.pdf", unreadFileAt: path, claim: "claim9")
        #expect(file.size == content.count)
        #expect(file.sha256 == SourceFile(name: "large.pdf", bytes: content, claim: "claim9").sha256)

        let rejection = Rejection(code: "too_large", reason: "too large", advice: "split it")
        let entry = try store.commit(.rejected(rejection), of: file)
        #expect(try Data(contentsOf: root.appendingPathComponent(entry.pdf)) == content)
        #expect(FileManager.default.fileExists(atPath: path), "the claimed file is left for its claim to finish")
    }

    @Test("a torn last index line is cut at start-up, and temporary files removed")
    func recovery() throws {
        let file = source("a")
        _ = try store.commit(try document(for: file), of: file)
        let index = try FileHandle(forWritingTo: root.appendingPathComponent("index.jsonl"))
        try index.seekToEnd()
        try index.write(contentsOf: Data(#"{"claim":"torn","sha"#.utf8))
        try index.close()
        try Data("half".utf8).write(to: root.appendingPathComponent(".tmp/report.json.123.456"))

        let reopened = try ArchiveStore(root: root.path)
        let recovery = try reopened.recover()
        #expect(recovery.tornLine == Data(#"{"claim":"torn","sha"#.utf8))
        #expect(recovery.leftovers == 1)
        #expect(indexLines.count == 1)
        #expect(try reopened.recorded(claim: "claim1") != nil)
        #expect(try reopened.recover().tornLine == nil)
    }

    @Test("names become safe path components")
    func safeNames() {
        let layout = ArchiveLayout()
        let paths = layout.document(
            sourceName: "../a/b.PDF", sha256: "0123456789abcdef", department: nil, year: nil,
            kind: .finalAccounts)
        #expect(paths.json == "unknown-year/unknown-department/final_accounts/_a_b.0123456789ab.json")
        let budget = layout.document(
            sourceName: "b.pdf", sha256: "0123456789abcdef", department: "某局", year: 2026, kind: .budget)
        #expect(budget.json == "2026/某局/budget/b.0123456789ab.json")
        #expect(
            layout.rejected(sourceName: "notes.txt", sha256: "0123456789abcdef").file
                == "rejected/notes.0123456789ab.txt")
    }

    @Test("index lines carry kind, tables and failed checks; a duplicate's are its original's; older lines still read")
    func indexLineSummary() throws {
        let file = source("a")
        let json = Data(
            #"{"document":{"source_name":"report.pdf","kind":"budget","status":"partial"},"tables":[{},{}],"checks":[{"ok":false},{"ok":true}]}"#
                .utf8)
        let entry = try store.commit(.document(try DocumentSummary(jsonData: json), json: json), of: file)
        #expect(entry.kind == "budget" && entry.tables == 2 && entry.failedChecks == 1)
        let copy = try store.commit(.duplicate(of: entry), of: source("a", name: "copy.pdf", claim: "claim2"))
        #expect(copy.kind == "budget" && copy.tables == 2 && copy.failedChecks == 1)
        #expect(indexLines.first?.contains(#""failed_checks":1"#) == true)
        let old =
            #"{"claim":"c","json":"x.json","pdf":"x.pdf","sha256":"ab","source_name":"x.pdf","status":"ok","time":"2025-01-01T00:00:00Z"}"#
        let entryBefore = try JSONDecoder().decode(IndexEntry.self, from: Data(old.utf8))
        #expect(entryBefore.kind == nil && entryBefore.tables == nil && entryBefore.failedChecks == nil)
    }
}
