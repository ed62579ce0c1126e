import ArchiveStore
import Foundation
import Records
import Testing
import TestSupport

/// Issue #19, case 2: an index append on a full disk. A real tmpfs of a few pages, filled up by the test.
@Suite(.enabled(if: SmallFileSystem.canMount, "mounting a tmpfs needs root (CAP_SYS_ADMIN)"))
struct FullDiskTests {
    /// The same bytes as an archived document, under `claim`: writes no note and an empty copy, so that on a full
    /// disk only the index line needs space.
    static func empty(claim: String) -> SourceFile {
        SourceFile(name: "empty.pdf", bytes: Data(), claim: claim)
    }

    static func document(for source: SourceFile) throws -> Outcome {
        let document = ArchiveDocument(
            document: DocumentInfo(
                sha256: source.sha256, sourceName: source.name, pages: 1,
                department: "某某局", year: 2024, status: .ok))
        let json = try document.jsonData()
        return .document(try DocumentSummary(jsonData: json), json: json)
    }

    static func lines(_ root: URL) throws -> [Substring] {
        try String(contentsOf: root.appendingPathComponent(ArchiveLayout.index), encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false).dropLast()
    }

    @Test(
        "ENOSPC in the middle of an index line: nothing is appended, the retry writes one whole line, a third copy is a duplicate"
    )
    func appendOnFullDisk() throws {
        let disk = try SmallFileSystem(bytes: 256 << 10)
        let root = disk.folder.appendingPathComponent("Archive")
        let store = try ArchiveStore(root: root.path)
        let original = Self.empty(claim: "original")
        let archived = try store.commit(try Self.document(for: original), of: original)
        // Pad the index with duplicate lines until the next line must start a new page.
        var number = 0
        while true {
            let size =
                try FileManager.default.attributesOfItem(atPath: root.appendingPathComponent(ArchiveLayout.index).path)[
                    .size] as! Int
            if size % 4096 > 4096 - 400 { break }
            number += 1
            _ = try store.commit(.duplicate(of: archived), of: Self.empty(claim: "pad\(number)"))
        }
        let before = try Data(contentsOf: root.appendingPathComponent(ArchiveLayout.index))
        let filler = disk.fill()

        #expect(throws: SystemCallError.self) {
            try store.commit(.duplicate(of: archived), of: Self.empty(claim: "full"))
        }
        #expect(try Data(contentsOf: root.appendingPathComponent(ArchiveLayout.index)) == before, "no torn line")

        try FileManager.default.removeItem(at: filler)
        let retried = try store.commit(.duplicate(of: archived), of: Self.empty(claim: "full"))
        #expect(retried.status == .duplicate)
        let lines = try Self.lines(root)
        #expect(lines.count == number + 2)
        for line in lines {
            #expect(try JSONDecoder().decode(IndexEntry.self, from: Data(line.utf8)).claim.isEmpty == false)
        }
        let again = try ArchiveStore(root: root.path)
        _ = try again.recover()
        #expect(try again.archivedEntry(sha256: original.sha256)?.claim == "original")
        #expect(try again.recorded(claim: "full")?.status == .duplicate)
    }

    @Test("a torn line fused in front of a whole one (left by an older version) is blanked at start, the entry kept")
    func fusedLineIsRepaired() throws {
        let root = try Corpus.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let store = try ArchiveStore(root: root.path)
        let first = SourceFile(name: "a.pdf", bytes: Data("%PDF-1.7 a".utf8), claim: "first")
        _ = try store.commit(try Self.document(for: first), of: first)
        let second = SourceFile(name: "b.pdf", bytes: Data("%PDF-1.7 b".utf8), claim: "second")
        let whole = try store.commit(try Self.document(for: second), of: second)
        // What main's append left: a partial line, then the retry's whole line after it.
        let index = root.appendingPathComponent(ArchiveLayout.index)
        var text = try String(contentsOf: index, encoding: .utf8)
        let wholeLine = String(decoding: try whole.line(), as: UTF8.self)
        text = text.replacingOccurrences(of: wholeLine, with: String(wholeLine.prefix(70)) + wholeLine)
        try text.write(to: index, atomically: false, encoding: .utf8)

        let reopened = try ArchiveStore(root: root.path)
        #expect(try reopened.archivedEntry(sha256: second.sha256)?.claim == "second")
        let recovery = try reopened.recover()
        #expect(recovery.blankedTornLines == 1)
        #expect(recovery.unreadableLines == 0)
        let lines = try Self.lines(root)
        #expect(lines.count == 3)
        #expect(lines[1].allSatisfy { $0 == " " })
        #expect(try JSONDecoder().decode(IndexEntry.self, from: Data(lines[2].utf8)) == whole)
        let duplicate = SourceFile(name: "b-again.pdf", bytes: Data("%PDF-1.7 b".utf8), claim: "third")
        #expect(try reopened.commit(try Self.document(for: duplicate), of: duplicate).status == .duplicate)
        #expect(try ArchiveStore(root: root.path).recover().blankedTornLines == 0)
    }
}
