import ArchiveStore
import Foundation
import Glibc
import Testing
import TestSupport

extension DaemonTests {
    /// Issue #19, case 4: an archive that is full, then unwritable, for many rescans and retries.
    @Suite(.enabled(if: SmallFileSystem.canMount, "mounting a tmpfs needs root (CAP_SYS_ADMIN)"))
    struct Outages {
        @Test(
            "case 4: a full, then unwritable archive rejects nothing; once writable, every waiting PDF is archived once"
        )
        func archiveOutage() async throws {
            let harness = try DaemonHarness()
            let disk = try SmallFileSystem(bytes: 8 << 20)
            harness.archive = disk.folder.appendingPathComponent("Archive")
            let port = Int.random(in: 20000...60000)
            let daemon = try harness.start([
                "--workers", "1", "--settle-seconds", "0.2", "--rescan-seconds", "0.3",
                "--max-backoff-seconds", "0.4", "--metrics", "127.0.0.1:\(port)",
            ])
            _ = try await harness.waitForLog("watching")
            let filler = disk.fill()
            for number in 0..<3 { try harness.drop(TestPDFs.variant(70 + number), as: "waiting-\(number).pdf") }
            try await Task.sleep(for: .seconds(3))
            let faultsWhileFull = harness.log.components(separatedBy: "cannot write (the archive").count - 1
            // Unwritable: no new file can be made in the archive's temporary folder (immutable, even to root).
            try FileManager.default.removeItem(at: filler)
            let temporary = harness.archive.appendingPathComponent(ArchiveLayout.temporary).path
            try ChildProcess.succeed("/usr/bin/chattr", ["+i", temporary])
            try await Task.sleep(for: .seconds(2))
            let faults = harness.log.components(separatedBy: "cannot write (the archive").count - 1
            let metrics = try ChildProcess.run("/usr/bin/curl", ["-s", "http://127.0.0.1:\(port)/metrics"]).outputText
            #expect(harness.entries().isEmpty)
            try ChildProcess.succeed("/usr/bin/chattr", ["-i", temporary])
            let entries = try await harness.waitForEntries(3, timeout: .seconds(60))
            try await Task.sleep(for: .seconds(1))
            #expect(harness.stop(daemon) == 0)
            print(
                "environment faults logged: \(faultsWhileFull) while full, \(faults - faultsWhileFull) while unwritable"
            )

            #expect(faultsWhileFull >= 3 && faults - faultsWhileFull >= 2, "retried throughout, with backoff")
            #expect(metrics.contains("juesuan_environment_faults_total "), "\(metrics)")
            #expect(!metrics.contains("juesuan_environment_faults_total 0\n"))
            #expect(harness.entries().count == 3)
            #expect(entries.allSatisfy { $0.status.isArchived }, "\(entries.map { $0.reason ?? "" })")
            #expect(Set(entries.map(\.sourceName)).count == 3)
            #expect(harness.unparsedLines().isEmpty)
            #expect(harness.claimsLeft.isEmpty)
            #expect(!harness.log.contains("reading was interrupted"))
        }
    }
}
