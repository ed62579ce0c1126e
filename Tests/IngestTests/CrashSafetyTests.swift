import ArchiveStore
import Foundation
import Records
import Testing

extension DaemonTests {
    @Suite struct CrashSafety {
        static let inputs = 60
        static let kills = 20

        @Test(
            "kill -9 of the daemon and its children at 20 random moments: every input archived or rejected exactly once"
        )
        func killNine() async throws {
            let harness = try DaemonHarness()
            for number in 0..<Self.inputs {
                try harness.drop(TestPDFs.variant(100 + number), as: "batch-\(number).pdf")
            }
            var killedWith = [Int]()
            for _ in 0..<Self.kills {
                let daemon = try harness.start(["--settle-seconds", "0.1"])
                try await Task.sleep(for: .milliseconds(Int.random(in: 100...700)))
                harness.killGroup(daemon)
                killedWith.append(harness.entries().count)
            }
            let daemon = try harness.start(["--settle-seconds", "0.1"])
            let entries = try await harness.waitForEntries(Self.inputs)
            try await Task.sleep(for: .seconds(1))
            #expect(harness.stop(daemon) == 0)
            print("index lines after each of the \(Self.kills) kills: \(killedWith)")

            let final = harness.entries()
            #expect(final.count == Self.inputs)
            #expect(Set(final.map(\.sourceName)).count == Self.inputs)
            #expect(Set(final.map(\.sha256)).count == Self.inputs)
            #expect(final.allSatisfy { $0.status.isArchived || $0.status == .rejected })
            for entry in entries where entry.status.isArchived {
                let json = try Data(contentsOf: harness.archive.appendingPathComponent(entry.json))
                #expect(try ArchiveDocument(jsonData: json).document.sourceName == entry.sourceName)
            }
            #expect(harness.files(under: harness.archive.appendingPathComponent(ArchiveLayout.temporary)).isEmpty)
            #expect(harness.files(under: harness.inbox).isEmpty)
            #expect(harness.files(under: harness.archive.appendingPathComponent("duplicates")).isEmpty)
        }

        @Test("two daemons on one inbox never process the same file")
        func twoDaemons() async throws {
            let harness = try DaemonHarness()
            let first = try harness.start(["--workers", "1"])
            let second = try harness.start(["--workers", "1"])
            for number in 0..<40 { try harness.drop(TestPDFs.variant(200 + number), as: "shared-\(number).pdf") }
            let entries = try await harness.waitForEntries(40)
            try await Task.sleep(for: .seconds(1))
            #expect(harness.stop(first) == 0)
            #expect(harness.stop(second) == 0)

            #expect(harness.entries().count == 40)
            #expect(Set(entries.map(\.sourceName)).count == 40)
            #expect(entries.allSatisfy { $0.status.isArchived })
            #expect(Set(entries.map(\.claim)).count == 40)
        }

        @Test("SIGTERM: a claimed file finishes within the grace period, the daemon exits 0, no claim is left")
        func gracefulStop() async throws {
            let harness = try DaemonHarness()
            // A grace period no loaded machine runs out of: this test is about the promise, not the deadline.
            let daemon = try harness.start(["--workers", "1", "--grace-seconds", "600"])
            try await harness.dropAndAwaitClaim(TestPDFs.long, as: "long.pdf")
            #expect(harness.stop(daemon) == 0)

            let entries = harness.entries()
            #expect(entries.count == 1)
            #expect(entries.first?.status.isArchived == true)
            #expect(harness.claimsLeft.isEmpty)
            #expect(harness.log.contains("stopping: no new claims"))
        }

        @Test("SIGTERM past the grace period: the child is stopped, the claim stays, the next start finishes it once")
        func graceOver() async throws {
            let harness = try DaemonHarness()
            let daemon = try harness.start(["--workers", "1", "--grace-seconds", "0"])
            try await harness.dropAndAwaitClaim(TestPDFs.long, as: "long.pdf")
            #expect(harness.stop(daemon) == 0)
            #expect(harness.entries().isEmpty)
            #expect(harness.claimsLeft.count == 1)

            #expect(try harness.runOnce() == 0)
            let entries = harness.entries()
            #expect(entries.count == 1)
            #expect(entries.first?.status.isArchived == true)
            #expect(harness.claimsLeft.isEmpty)
        }
    }
}
