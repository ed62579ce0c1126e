import ArchiveStore
import Foundation
import Glibc
import Testing

extension DaemonTests {
    /// Issue #19, case 3: a file is claimed only when finished, however long its writer pauses.
    @Suite struct Writers {
        @Test(
            "case 3: a writer that pauses 2 s (settle 0.3 s) holding the file, or closing it half-written, loses nothing"
        )
        func pausingWriters() async throws {
            let harness = try DaemonHarness()
            let daemon = try harness.start([
                "--settle-seconds", "0.3", "--rescan-seconds", "0.5", "--unfinished-seconds", "30",
            ])
            let held = TestPDFs.variant(61), reopened = TestPDFs.variant(62)
            let half = held.count / 2
            #expect(held.prefix(half).suffix(1024).range(of: Data("%%EOF".utf8)) == nil)
            let heldPath = harness.inbox.appendingPathComponent("held.pdf").path
            let reopenedPath = harness.inbox.appendingPathComponent("reopened.pdf").path
            let holder = try #require(
                FileHandle(
                    forWritingAtPath: {
                        _ = FileManager.default.createFile(atPath: heldPath, contents: nil); return heldPath
                    }()))
            try holder.write(contentsOf: held.prefix(half))
            try reopened.prefix(half).write(to: URL(fileURLWithPath: reopenedPath))  // written and closed, half of it
            try await Task.sleep(for: .seconds(2))
            #expect(FileManager.default.fileExists(atPath: heldPath), "a file held open for writing is not claimed")
            #expect(FileManager.default.fileExists(atPath: reopenedPath), "a PDF without its trailer is waited on")
            try holder.write(contentsOf: held.dropFirst(half))
            try holder.close()
            let appender = try #require(FileHandle(forWritingAtPath: reopenedPath))
            try appender.seekToEnd()
            try appender.write(contentsOf: reopened.dropFirst(half))
            try appender.close()
            let entries = try await harness.waitForEntries(2, timeout: .seconds(60))
            try await Task.sleep(for: .seconds(1))
            #expect(harness.stop(daemon) == 0)

            #expect(harness.entries().count == 2)
            #expect(entries.allSatisfy { $0.status.isArchived }, "\(entries.map { $0.reason ?? "" })")
            let sha = Dictionary(uniqueKeysWithValues: entries.map { ($0.sourceName, $0.sha256) })
            #expect(sha["held.pdf"] == SourceFile(name: "", bytes: held, claim: "").sha256)
            #expect(sha["reopened.pdf"] == SourceFile(name: "", bytes: reopened, claim: "").sha256)
        }
    }
}
