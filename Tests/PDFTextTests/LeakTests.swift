import Foundation
import Glibc
import PDFText
import TestSupport
import Testing

/// Every poppler allocation is released: reading the same small document again and again leaves the
/// resident size where it was.
@Suite(.serialized, .readsPDFs) struct LeakTests {
    @Test(.timeLimit(.minutes(2))) func readingAThousandTimesKeepsMemoryFlat() throws {
        let scratch = try Scratch()
        let data = try Data(contentsOf: scratch.incomePage())
        let reader = PDFReader()
        for _ in 0..<50 { _ = try reader.read(data, name: "warm-up.pdf") }
        let before = Self.residentBytes()
        for _ in 0..<1_000 { _ = try reader.read(data, name: "income-page.pdf") }
        let growth = Self.residentBytes() - before
        #expect(growth < 4 << 20, "resident size grew by \(growth / 1024) KiB over 1,000 reads")
    }

    /// Resident set size from /proc/self/statm.
    static func residentBytes() -> Int {
        let statm = (try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8)) ?? ""
        let pages = statm.split(separator: " ").dropFirst().first.flatMap { Int($0) } ?? 0
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    }
}
