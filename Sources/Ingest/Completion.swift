import FoundationEssentials
import Glibc

/// The last word on whether a settled file is finished: no process holds it open for writing, and a PDF whose
/// trailer (`%%EOF`) is missing changed long enough ago (a writer that closes and reopens it, a copy that
/// resumes). A file that does not start as a PDF, or is over the size limit, is finished as it is: it is rejected
/// at once, nothing is gained by waiting.
struct Completion: Sendable {
    /// How long a PDF without its trailer is waited on after its last change.
    let unfinishedWait: Duration
    /// Files larger than this are rejected unread, trailer or not.
    let fileBytes: Int

    enum Verdict: Equatable {
        case finished
        /// A process holds it open for writing.
        case writing
        /// It is a PDF without a trailer that changed recently: look again at this instant.
        case unfinished(until: ContinuousClock.Instant)
    }

    /// PDF readers accept the header anywhere in the first kilobyte, and the trailer's `%%EOF` near the end.
    static let window = 1024

    func verdict(_ path: InboxPath, _ info: stat, now: ContinuousClock.Instant) -> Verdict {
        if WriterCheck.isHeldForWriting(path) { return .writing }
        guard unfinishedWait > .zero, Int(info.st_size) <= fileBytes else { return .finished }
        let changed = Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1e9
        let age = Date().timeIntervalSince1970 - changed
        guard age < unfinishedWait.seconds, Self.lacksTrailer(path, size: Int(info.st_size)) else { return .finished }
        return .unfinished(until: now + .seconds(unfinishedWait.seconds - age))
    }

    /// Whether the file starts as a PDF (`%PDF-` in its first kilobyte) and has no `%%EOF` in its last.
    static func lacksTrailer(_ path: InboxPath, size: Int) -> Bool {
        let fd = path.withCString { open($0, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC) }
        guard fd >= 0 else { return false }
        defer { close(fd) }
        func bytes(at offset: Int) -> [UInt8] {
            var buffer = [UInt8](repeating: 0, count: window)
            let count = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, off_t(offset)) }
            return Array(buffer.prefix(max(count, 0)))
        }
        return contains(bytes(at: 0), "%PDF-") && !contains(bytes(at: max(size - window, 0)), "%%EOF")
    }

    private static func contains(_ bytes: [UInt8], _ marker: String) -> Bool {
        let marker = Array(marker.utf8)
        guard bytes.count >= marker.count else { return false }
        return (0...(bytes.count - marker.count)).contains { bytes[$0..<($0 + marker.count)].elementsEqual(marker) }
    }
}
