import Foundation
import Glibc

/// `index.jsonl`, the append-only ledger: one line per file taken from the inbox, appended after the
/// outcome is durable. Read back (incrementally, as other daemons may append) to recognise duplicates
/// and claims that were finished before a crash.
struct IndexLedger: Sendable {
    let path: String
    private let fd: Int32
    /// Where the next unread line starts.
    private var readOffset: off_t = 0
    private var archivedBySHA: [String: IndexEntry] = [:]
    private var byClaim: [String: IndexEntry] = [:]
    /// Complete lines that are not an index entry (kept, skipped, and reported at start-up).
    private(set) var unreadableLines = 0

    init(path: String) throws(SystemCallError) {
        self.path = path
        fd = try Posix.open(path, O_RDWR | O_APPEND | O_CREAT)
    }

    func close() {
        Glibc.close(fd)
    }

    /// Cuts an incomplete last line (a crash in the middle of an append) and returns it, or nil when the
    /// file ends cleanly. Its file was still claimed, so recovery processes it again and appends a whole line.
    func repairTornTail() throws(SystemCallError) -> Data? {
        let size = lseek(fd, 0, SEEK_END)
        if size < 0 { throw SystemCallError("lseek", path: path) }
        var end = size
        var tail = Data()
        var byte: UInt8 = 0
        while end > 0 {
            if pread(fd, &byte, 1, end - 1) != 1 { throw SystemCallError("pread", path: path) }
            if byte == UInt8(ascii: "\n") { break }
            tail.insert(byte, at: tail.startIndex)
            end -= 1
        }
        guard end < size else { return nil }
        if ftruncate(fd, end) != 0 { throw SystemCallError("ftruncate", path: path) }
        try Posix.fsync(fd, path: path)
        return tail
    }

    /// Reads the lines appended since the last call (by this or another daemon).
    mutating func refresh() throws(SystemCallError) {
        var pending = Data()
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        var offset = readOffset
        while true {
            let count = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, offset) }
            if count < 0 {
                if errno == EINTR { continue }
                throw SystemCallError("pread", path: path)
            }
            if count == 0 { break }
            pending.append(contentsOf: buffer[..<count])
            offset += off_t(count)
        }
        guard let lastNewline = pending.lastIndex(of: UInt8(ascii: "\n")) else { return }
        let complete = pending[..<lastNewline]
        for line in complete.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true) {
            guard let entry = try? JSONDecoder().decode(IndexEntry.self, from: Data(line)) else {
                unreadableLines += 1
                continue
            }
            remember(entry)
        }
        readOffset += off_t(complete.count + 1)
    }

    /// Appends `entry` as one line and makes it durable.
    mutating func append(_ entry: IndexEntry) throws(SystemCallError) {
        guard let line = try? entry.line() else { preconditionFailure("an IndexEntry always encodes") }
        try Posix.writeAll(fd, line, path: path)
        try Posix.fsync(fd, path: path)
    }

    /// The first archived document with these bytes.
    func archived(sha256: String) -> IndexEntry? {
        archivedBySHA[sha256]
    }

    /// The line that closed `claim`, if it was written.
    func entry(claim: String) -> IndexEntry? {
        byClaim[claim]
    }

    private mutating func remember(_ entry: IndexEntry) {
        byClaim[entry.claim] = entry
        if entry.status.isArchived && archivedBySHA[entry.sha256] == nil {
            archivedBySHA[entry.sha256] = entry
        }
    }
}
