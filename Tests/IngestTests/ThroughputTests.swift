import ArchiveStore
import Foundation
import Records
import Testing

extension DaemonTests {
    @Suite struct Throughput {
        @Test("100 PDFs dropped while the daemon runs with 2 workers are each archived exactly once")
        func hundredDropped() async throws {
            let harness = try DaemonHarness()
            let daemon = try harness.start(["--workers", "2"])
            let started = ContinuousClock.now
            for number in 0..<100 { try harness.drop(TestPDFs.variant(number), as: "report-\(number).pdf") }
            let entries = try await harness.waitForEntries(100)
            let elapsed = ContinuousClock.now - started
            #expect(harness.stop(daemon) == 0)

            #expect(entries.count == 100)
            #expect(Set(entries.map(\.sha256)).count == 100)
            #expect(Set(entries.map(\.sourceName)) == Set((0..<100).map { "report-\($0).pdf" }))
            #expect(entries.allSatisfy { $0.status.isArchived })
            for entry in entries {
                let json = try Data(contentsOf: harness.archive.appendingPathComponent(entry.json))
                #expect(try ArchiveDocument(jsonData: json).document.sha256 == entry.sha256)
                let pdf = try Data(contentsOf: harness.archive.appendingPathComponent(entry.pdf))
                #expect(pdf == TestPDFs.variant(Int(entry.sourceName.dropFirst(7).dropLast(4))!))
            }
            #expect(harness.files(under: harness.archive.appendingPathComponent(ArchiveLayout.temporary)).isEmpty)
            #expect(harness.files(under: harness.inbox).isEmpty)
            print("100 PDFs with 2 workers (debug build): \(elapsed)")
        }

        @Test("the same bytes dropped again are recorded as a duplicate, a new version of a report is kept too")
        func duplicatesAndVersions() async throws {
            let harness = try DaemonHarness()
            let daemon = try harness.start()
            try harness.drop(TestPDFs.variant(1), as: "first.pdf")
            _ = try await harness.waitForEntries(1)
            try harness.drop(TestPDFs.variant(1), as: "again.pdf")
            try harness.drop(TestPDFs.variant(2), as: "revised.pdf")
            let entries = try await harness.waitForEntries(3)
            #expect(harness.stop(daemon) == 0)

            let byName = Dictionary(uniqueKeysWithValues: entries.map { ($0.sourceName, $0) })
            #expect(byName["first.pdf"]?.status.isArchived == true)
            #expect(byName["again.pdf"]?.status == .duplicate)
            #expect(byName["again.pdf"]?.json == byName["first.pdf"]?.json)
            #expect(byName["again.pdf"]?.reason?.contains("first.pdf") == true)
            #expect(byName["revised.pdf"]?.status.isArchived == true)
            #expect(byName["revised.pdf"]?.json != byName["first.pdf"]?.json)
            #expect(byName["revised.pdf"]?.department == byName["first.pdf"]?.department)
        }
    }
}
