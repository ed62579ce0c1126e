import ArchiveStore
import Foundation
import Glibc
import Testing
import TestSupport

extension DaemonTests {
    /// Issue #19: links, special files, swapped entries and odd names. Every entry gets exactly one outcome line
    /// (folders: their files do), nothing is followed, and nothing that is no regular file is ever read or quoted.
    @Suite struct HostileInbox {
        static let fast = ["--settle-seconds", "0.3", "--rescan-seconds", "0.5"]

        @Test("case 1: links moved or made in are rejected as links; their targets are never read, kept or quoted")
        func links() async throws {
            let harness = try DaemonHarness()
            let secret = "JUESUAN-SECRET-\(UUID().uuidString)"
            let daemon = try harness.start(Self.fast, environment: ["JUESUAN_TEST_SECRET": secret])
            let staging = harness.folder.appendingPathComponent("staging")
            try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
            try FileManager.default.createSymbolicLink(
                atPath: staging.appendingPathComponent("passwd.pdf").path,
                withDestinationPath: "/etc/passwd")
            try FileManager.default.createSymbolicLink(
                atPath: staging.appendingPathComponent("environ.pdf").path,
                withDestinationPath: "/proc/\(daemon.processIdentifier)/environ")
            for name in ["passwd.pdf", "environ.pdf"] {  // mv link Inbox/
                #expect(
                    rename(staging.appendingPathComponent(name).path, harness.inbox.appendingPathComponent(name).path)
                        == 0)
            }
            try FileManager.default.createSymbolicLink(
                atPath: harness.inbox.appendingPathComponent("made.pdf").path,
                withDestinationPath: "/etc/hostname")
            try harness.drop(TestPDFs.variant(31), as: "good.pdf")
            let entries = try await harness.waitForEntries(4, timeout: .seconds(60))
            try await Task.sleep(for: .seconds(1))
            #expect(harness.stop(daemon) == 0)

            #expect(harness.entries().count == 4)
            #expect(harness.unparsedLines().isEmpty)
            for name in ["passwd.pdf", "environ.pdf", "made.pdf"] {
                let entry = try #require(entries.first { $0.sourceName == name })
                #expect(entry.status == .rejected)
                #expect(entry.pdf == "", "nothing of a link is kept")
                let note = try harness.note(of: entry)
                #expect(note.code == "not_a_file")
                #expect(note.reason.hasPrefix("a symbolic link, not a regular file"))
            }
            #expect(entries.first { $0.sourceName == "good.pdf" }?.status.isArchived == true)
            #expect(
                harness.files(under: harness.archive.appendingPathComponent("rejected")).allSatisfy {
                    $0.hasSuffix(".error.json")
                })
            let written = harness.everythingWritten()
            let passwd = try Data(contentsOf: URL(fileURLWithPath: "/etc/passwd")).prefix(12)
            #expect(written.range(of: passwd) == nil, "bytes of /etc/passwd")
            #expect(written.range(of: Data(secret.utf8)) == nil, "bytes of the daemon's environment")
            #expect(harness.files(under: harness.inbox).filter { !$0.hasPrefix(".juesuan") }.isEmpty)
            #expect(harness.claimsLeft.isEmpty)
        }

        @Test(
            "case 1: a file over the size limit hard-linked from outside the inbox is kept as a copy, not as the same inode"
        )
        func hardLink() async throws {
            let harness = try DaemonHarness()
            let outside = harness.folder.appendingPathComponent("outside.pdf")
            try (Data("%PDF-1.7\n".utf8) + Data(count: 2 << 20)).write(to: outside)
            #expect(link(outside.path, harness.inbox.appendingPathComponent("linked.pdf").path) == 0)
            #expect(try harness.runOnce(["--max-file-size", "1"]) == 0)

            let entry = try #require(harness.entries().first)
            #expect(entry.status == .rejected)
            let kept = harness.archive.appendingPathComponent(entry.pdf)
            let keptInfo = try FileManager.default.attributesOfItem(atPath: kept.path)
            let outsideInfo = try FileManager.default.attributesOfItem(atPath: outside.path)
            #expect(keptInfo[.systemFileNumber] as? Int != outsideInfo[.systemFileNumber] as? Int)
            #expect(outsideInfo[.referenceCount] as? Int == 1)
            #expect(try Data(contentsOf: kept) == Data(contentsOf: outside))
        }

        @Test(
            "case 5: a folder swapped in for a queued file is put back and its PDFs taken; a FIFO swapped in is rejected as one"
        )
        func swapped() async throws {
            let harness = try DaemonHarness()
            let daemon = try harness.start(["--workers", "1"] + Self.fast)
            // The one worker is busy with a long report while the two files below wait, ready, for it.
            try await harness.dropAndAwaitClaim(TestPDFs.long, as: "long.pdf")
            try harness.drop(TestPDFs.variant(41), as: "queued-folder.pdf")
            try harness.drop(TestPDFs.variant(42), as: "queued-fifo.pdf")
            let folder = harness.inbox.appendingPathComponent("queued-folder.pdf"),
                fifo = harness.inbox.appendingPathComponent("queued-fifo.pdf")
            try FileManager.default.removeItem(at: folder)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
            try TestPDFs.variant(43).write(to: folder.appendingPathComponent("inner-1.pdf"))
            try TestPDFs.variant(44).write(to: folder.appendingPathComponent("inner-2.pdf"))
            try FileManager.default.removeItem(at: fifo)
            #expect(mkfifo(fifo.path, 0o644) == 0)
            // Whether the daemon meets the folder at its claim (put back) or at a rescan (taken as a folder) depends on
            // timing; either way its PDFs are taken once and nothing is left behind.
            let entries = try await harness.waitForEntries(4, timeout: .seconds(60))
            try await Task.sleep(for: .seconds(1.5))
            #expect(harness.stop(daemon) == 0)

            #expect(harness.entries().count == 4, "\(harness.entries().map(\.sourceName))")
            #expect(harness.unparsedLines().isEmpty)
            let byName = Dictionary(grouping: entries, by: \.sourceName)
            #expect(byName["inner-1.pdf"]?.count == 1 && byName["inner-1.pdf"]?.first?.status.isArchived == true)
            #expect(byName["inner-2.pdf"]?.count == 1 && byName["inner-2.pdf"]?.first?.status.isArchived == true)
            let fifoEntry = try #require(byName["queued-fifo.pdf"]?.first)
            #expect(try harness.note(of: fifoEntry).reason.hasPrefix("a FIFO (named pipe), not a regular file"))
            #expect(harness.claimsLeft.isEmpty)
            #expect(harness.files(under: harness.inbox).filter { !$0.hasPrefix(".juesuan") }.isEmpty)
        }

        @Test(
            "case 6: a name of 253 bytes, a GBK name, a name starting with '-' and one with a newline are all archived")
        func names() async throws {
            let harness = try DaemonHarness()
            let long = String(repeating: "预", count: 83) + ".pdf"
            let gbk: [UInt8] = [0xB1, 0xA8, 0xB8, 0xE6] + Array(".pdf".utf8)  // 报告.pdf in GBK
            try harness.drop(TestPDFs.variant(51), as: long)
            try harness.drop(TestPDFs.variant(52), asBytes: gbk)
            try harness.drop(TestPDFs.variant(53), as: "-report.pdf")
            try harness.drop(TestPDFs.variant(54), as: "two\nlines.pdf")
            let daemon = try harness.start(Self.fast)
            let entries = try await harness.waitForEntries(4, timeout: .seconds(60))
            #expect(harness.stop(daemon) == 0)

            #expect(long.utf8.count == 253)
            #expect(
                Set(entries.map(\.sourceName)) == [long, "\\xB1\\xA8\\xB8\\xE6.pdf", "-report.pdf", "two\nlines.pdf"])
            #expect(
                entries.allSatisfy { $0.status.isArchived }, "\(entries.map { "\($0.sourceName): \($0.reason ?? "")" })"
            )
            #expect(harness.unparsedLines().isEmpty)
            let archived = harness.log.split(separator: "\n").filter { $0.contains(" archived ") }
            #expect(archived.count == 4)
            #expect(harness.log.split(separator: "\n").allSatisfy { $0.hasPrefix("20") }, "every log line is one entry")
            #expect(harness.log.contains(#"file=two\nlines.pdf"#))
            #expect(harness.files(under: harness.inbox).filter { !$0.hasPrefix(".juesuan") }.isEmpty)
        }
    }
}
