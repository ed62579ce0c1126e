import ArchiveStore
import Foundation
import Glibc
import PDFText
import Testing
import TestSupport

extension DaemonTests {
    @Suite struct Intake {
        @Test("a PDF written slowly, in chunks over 2 s, is taken once, complete")
        func slowWriter() async throws {
            let harness = try DaemonHarness()
            let daemon = try harness.start()
            let pdf = TestPDFs.variant(7)
            let path = harness.inbox.appendingPathComponent("slow.pdf").path
            _ = FileManager.default.createFile(atPath: path, contents: nil)
            let handle = try #require(FileHandle(forWritingAtPath: path))
            let chunks = 10
            for index in 0..<chunks {
                let range = (pdf.count * index / chunks)..<(pdf.count * (index + 1) / chunks)
                try handle.write(contentsOf: pdf[range])
                try await Task.sleep(for: .milliseconds(220))
            }
            try handle.close()
            let entries = try await harness.waitForEntries(1)
            try await Task.sleep(for: .seconds(1))
            #expect(harness.stop(daemon) == 0)

            #expect(harness.entries().count == 1)
            #expect(entries.first?.status.isArchived == true)
            #expect(entries.first?.sha256 == SourceFile(name: "slow.pdf", bytes: pdf, claim: "").sha256)
        }

        @Test(
            "a bad input is rejected with its error's code, whole reason and whole advice", arguments: BadInput.allCases
        )
        func badInput(_ input: BadInput) throws {
            let harness = try DaemonHarness()
            try harness.drop(try input.data(in: harness.folder), as: input.fileName)
            try harness.drop(TestPDFs.variant(1), as: "good.pdf")
            #expect(try harness.runOnce() == 0)

            let entries = harness.entries()
            #expect(entries.count == 2)
            #expect(entries.first { $0.sourceName == "good.pdf" }?.status.isArchived == true)
            let rejected = try #require(entries.first { $0.sourceName == input.fileName })
            #expect(rejected.status == .rejected)
            let note = try harness.note(of: rejected)
            let error = PDFTextError(input.kind, file: input.fileName)
            #expect(note.code == input.kind.rawValue)
            #expect(note.reason == error.reason)
            #expect(note.advice == error.advice)
            #expect(FileManager.default.fileExists(atPath: harness.archive.appendingPathComponent(rejected.pdf).path))
        }

        @Test("a file over the size limit is rejected without the daemon holding it: 1 GiB in under 100 MiB")
        func tooLargeIsNeverHeld() async throws {
            let harness = try DaemonHarness()
            let daemon = try harness.start(["--max-file-size", "1"])
            // A sparse file: 1 GiB long, next to nothing on disk; it reaches the inbox by one rename.
            let staged = harness.folder.appendingPathComponent("huge.pdf")
            _ = FileManager.default.createFile(atPath: staged.path, contents: Data("%PDF-1.7\n".utf8))
            let handle = try FileHandle(forWritingTo: staged)
            try handle.truncate(atOffset: 1 << 30)
            try handle.close()
            try FileManager.default.moveItem(at: staged, to: harness.inbox.appendingPathComponent("huge.pdf"))
            let entries = try await harness.waitForEntries(1)
            let status = try String(contentsOfFile: "/proc/\(daemon.processIdentifier)/status", encoding: .utf8)
            #expect(harness.stop(daemon) == 0)

            #expect(entries.first?.status == .rejected)
            #expect(entries.first?.reason?.contains("too large (1024") == true)
            let kept = try FileManager.default.attributesOfItem(
                atPath: harness.archive.appendingPathComponent(entries[0].pdf).path)
            #expect(kept[.size] as? Int == 1 << 30)
            let peak = status.split(separator: "\n").first { $0.hasPrefix("VmHWM:") }
            let peakKiB = peak.flatMap { Int($0.split(separator: " ", omittingEmptySubsequences: true)[1]) } ?? .max
            #expect(peakKiB < 100 << 10, "peak resident set \(peakKiB) KiB")
        }

        @Test("a child over its memory or time limit is killed, its file rejected with that reason")
        func childLimits() async throws {
            let harness = try DaemonHarness()
            // 60 MiB of address space is less than the reader needs to load; a 1 GiB default stops a PDF bomb.
            let hungry = try harness.start(["--child-memory", "60"])
            try harness.drop(TestPDFs.long, as: "hungry.pdf")
            _ = try await harness.waitForEntries(1)
            #expect(harness.stop(hungry) == 0)
            let slow = try harness.start(["--child-timeout", "0.05"])
            try harness.drop(TestPDFs.long + Data("%slow".utf8), as: "slow.pdf")
            _ = try await harness.waitForEntries(2)
            #expect(harness.stop(slow) == 0)
            let serving = try harness.start()
            try harness.drop(TestPDFs.variant(3), as: "after.pdf")
            let entries = try await harness.waitForEntries(3)
            #expect(harness.stop(serving) == 0)

            let byName = Dictionary(uniqueKeysWithValues: entries.map { ($0.sourceName, $0) })
            let hungryEntry = try #require(byName["hungry.pdf"]), slowEntry = try #require(byName["slow.pdf"])
            #expect(hungryEntry.status == .rejected)
            #expect(try harness.note(of: hungryEntry).code == "memory_limit")
            #expect(try harness.note(of: hungryEntry).reason == "reading needed more than 60 MiB of memory")
            #expect(slowEntry.status == .rejected)
            #expect(try harness.note(of: slowEntry).code == "time_limit")
            #expect(byName["after.pdf"]?.status.isArchived == true)
        }

        @Test("hidden and partial names are left alone, subfolders are watched")
        func namesAndSubfolders() async throws {
            let harness = try DaemonHarness()
            let daemon = try harness.start()
            for name in [".hidden.pdf", "download.pdf.part", "download.pdf.crdownload", "~$report.pdf"] {
                try harness.drop(TestPDFs.variant(9), as: name)
            }
            let subfolder = harness.inbox.appendingPathComponent("2024/财政局")
            try FileManager.default.createDirectory(at: subfolder, withIntermediateDirectories: true)
            try await Task.sleep(for: .milliseconds(300))
            try TestPDFs.variant(10).write(to: subfolder.appendingPathComponent("nested.pdf"))
            let entries = try await harness.waitForEntries(1)
            try await Task.sleep(for: .seconds(1))
            #expect(harness.stop(daemon) == 0)
            #expect(harness.entries().count == 1)
            #expect(entries.first?.sourceName == "nested.pdf")
            #expect(harness.files(under: harness.inbox).filter { !$0.hasPrefix(".juesuan") }.count == 4)
        }
    }
}
