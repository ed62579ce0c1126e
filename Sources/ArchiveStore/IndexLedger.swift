import CSystemCalls
import FoundationEssentials
import Glibc

/// `index.jsonl`, the append-only ledger: one line per file taken from the inbox, appended after the
/// outcome is durable. Read back (incrementally, as other daemons may append) to recognise duplicates
/// and claims that were finished before a crash. Only where each line starts is kept in memory, by sha256 and
/// by claim (about 150 bytes a line, where whole entries took 1.5 KB); a line is read again when it is asked for.
struct IndexLedger: Sendable {
    let path: String
    private let fd: Int32
    /// Where the next unread line starts.
    private var readOffset: off_t = 0
    /// Where the line of the first archived document with each sha256 starts.
    private var archivedBySHA: [String: off_t] = [:]
    /// Where the line that closed each claim starts.
    private var byClaim: [String: off_t] = [:]
    /// Complete lines that are not an index entry (kept, skipped, and reported at start-up).
    private(set) var unreadableLines = 0
    /// Torn lines an older version left in front of a whole entry, not yet blanked: where each starts, and its length.
    private(set) var tornPrefixes: [(offset: off_t, length: Int)] = []

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
            let start = readOffset + off_t(line.startIndex - complete.startIndex)
            switch IndexLine(line) {
            case .entry(let entry):
                remember(entry, at: start)
            case .fused(let entry, let tornBytes):
                tornPrefixes.append((start, tornBytes))
                remember(entry, at: start + off_t(tornBytes))
            case .blank:
                continue
            case .unreadable:
                unreadableLines += 1
            }
        }
        readOffset += off_t(complete.count + 1)
    }

    /// Appends `entry` as one whole line and makes it durable, or leaves the index as it was and throws: the
    /// line's space is reserved first (fallocate, where the file system offers it), the line goes out in one
    /// write, and a short or failed write or flush is cut back to the previous end. So a full disk never leaves
    /// a torn line for the retry to append after.
    mutating func append(_ entry: IndexEntry) throws(SystemCallError) {
        guard let line = try? entry.line() else { preconditionFailure("an IndexEntry always encodes") }
        let end = lseek(fd, 0, SEEK_END)
        if end < 0 { throw SystemCallError("lseek", path: path) }
        if cs_reserve(fd, end, off_t(line.count)) != 0 && errno != EOPNOTSUPP && errno != ENOSYS {
            throw SystemCallError("fallocate", path: path)
        }
        do throws(SystemCallError) {
            let written = line.withUnsafeBytes { bytes in
                var count = -1
                repeat { count = Glibc.write(fd, bytes.baseAddress, bytes.count) } while count < 0 && errno == EINTR
                return count
            }
            if written < 0 { throw SystemCallError("write", path: path) }
            if written < line.count { throw SystemCallError("write", path: path, code: ENOSPC) }
            try Posix.fsync(fd, path: path)
        } catch {
            _ = ftruncate(fd, end)
            _ = Glibc.fsync(fd)
            throw error
        }
    }

    /// Blanks the torn lines found in front of whole entries (spaces, then the newline the torn append never
    /// wrote), in place, so that every line parses again. Returns how many there were.
    mutating func blankTornPrefixes() throws(SystemCallError) -> Int {
        let count = tornPrefixes.count
        guard count > 0 else { return 0 }
        // Not through `fd`: pwrite on an O_APPEND descriptor appends.
        let writer = try Posix.open(path, O_WRONLY)
        defer { Glibc.close(writer) }
        for prefix in tornPrefixes {
            var blank = [UInt8](repeating: 0x20, count: prefix.length)
            blank[prefix.length - 1] = UInt8(ascii: "\n")
            if pwrite(writer, blank, blank.count, prefix.offset) != blank.count {
                throw SystemCallError("pwrite", path: path)
            }
        }
        try Posix.fsync(writer, path: path)
        tornPrefixes = []
        return count
    }

    /// The first archived document with these bytes.
    func archived(sha256: String) throws(SystemCallError) -> IndexEntry? {
        try archivedBySHA[sha256].map(entry(at:))
    }

    /// The line that closed `claim`, if it was written.
    func entry(claim: String) throws(SystemCallError) -> IndexEntry? {
        try byClaim[claim].map(entry(at:))
    }

    private mutating func remember(_ entry: IndexEntry, at offset: off_t) {
        byClaim[entry.claim] = offset
        if entry.status.isArchived && archivedBySHA[entry.sha256] == nil {
            archivedBySHA[entry.sha256] = offset
        }
    }

    /// The entry of the line starting at `offset`, read again (refresh() decoded it once already).
    private func entry(at offset: off_t) throws(SystemCallError) -> IndexEntry {
        var line = Data()
        var buffer = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = buffer.withUnsafeMutableBytes {
                pread(fd, $0.baseAddress, $0.count, offset + off_t(line.count))
            }
            if count < 0 {
                if errno == EINTR { continue }
                throw SystemCallError("pread", path: path)
            }
            let chunk = buffer[..<max(count, 0)]
            if let end = chunk.firstIndex(of: UInt8(ascii: "\n")) {
                line.append(contentsOf: chunk[..<end])
                break
            }
            if count == 0 { break }
            line.append(contentsOf: chunk)
        }
        guard let entry = try? JSONDecoder().decode(IndexEntry.self, from: line) else {
            preconditionFailure("a line of the index that decoded once decodes again")
        }
        return entry
    }
}
