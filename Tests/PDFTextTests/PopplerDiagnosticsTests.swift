import Foundation
import Glibc
@testable import PDFText
import TestSupport
import Testing

/// stderr is silenced while documents are read, and given back when the last overlapping read ends.
/// (It takes its turn with the tests that read PDFs: their reads silence stderr too.)
@Suite(.readsPDFs) struct PopplerDiagnosticsTests {
    @Test func overlappingReadsGiveStderrBack() {
        let original = Self.identity(of: STDERR_FILENO)
        let firstIn = DispatchSemaphore(value: 0), secondIn = DispatchSemaphore(value: 0)
        let firstOut = DispatchSemaphore(value: 0), done = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            PopplerDiagnostics.quieted {
                firstIn.signal()
                secondIn.wait()
            }
            firstOut.signal()
        }
        Thread.detachNewThread {
            firstIn.wait()
            PopplerDiagnostics.quieted {
                secondIn.signal()
                firstOut.wait()
            }
            done.signal()
        }
        done.wait()
        #expect(Self.identity(of: STDERR_FILENO) == original)
    }

    /// Device and inode of the file behind `descriptor`.
    static func identity(of descriptor: Int32) -> [UInt] {
        var status = stat()
        fstat(descriptor, &status)
        return [UInt(status.st_dev), UInt(status.st_ino)]
    }
}
