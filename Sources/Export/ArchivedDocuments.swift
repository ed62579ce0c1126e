import ArchiveStore
import FoundationEssentials
import Glibc

/// The documents an archive's `index.jsonl` lists as archived (`ok`, `partial`, `unrecognized`), in index order.
///
/// Only lines complete when the reading starts are read: a document is listed after it is durable, so a
/// document being written, or a line being appended, is never seen. The index is read in chunks, one line at a
/// time, so its size does not matter.
struct ArchivedDocuments {
    /// Bytes read from the index at a time.
    static let chunkSize = 1 << 16

    let root: String
    private let fd: Int32
    /// The index's size when reading started: nothing appended later is read.
    private let end: off_t
    private var offset: off_t = 0
    /// Bytes read and not yet returned as lines, from `lineStart`.
    private var pending: [UInt8] = []
    private var lineStart = 0
    /// The number of the line read last (1-based).
    private var lineNumber = 0
    /// Complete lines that are not index entries, by number: skipped, and reported.
    private(set) var unreadableLines: [Int] = []
    /// Lines holding a whole entry after a torn one (an older version's append that failed half-way), by
    /// number: the entry is read.
    private(set) var fusedLines: [Int] = []

    init(root: String) throws(ExportError) {
        self.root = root
        let path = "\(root)/\(ArchiveLayout.index)"
        fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 { throw ExportError.cannotReadIndex(path: path, reason: String(cString: strerror(errno))) }
        end = lseek(fd, 0, SEEK_END)
    }

    func close() {
        Glibc.close(fd)
    }

    /// The next archived document's index entry, or nil at the end.
    mutating func next() throws(ExportError) -> IndexEntry? {
        while let line = try nextLine() {
            lineNumber += 1
            let read = IndexLine(line)
            if case .unreadable = read { unreadableLines.append(lineNumber) }
            if case .fused = read { fusedLines.append(lineNumber) }
            if let entry = read.entry, entry.status.isArchived { return entry }
        }
        return nil
    }

    /// The next complete line (without its newline); nil at the end. A last line with no newline is torn: left out.
    private mutating func nextLine() throws(ExportError) -> ArraySlice<UInt8>? {
        while true {
            if let newline = pending[lineStart...].firstIndex(of: UInt8(ascii: "\n")) {
                let line = pending[lineStart..<newline]
                lineStart = newline + 1
                return line
            }
            guard offset < end else { return nil }
            pending.removeFirst(lineStart)
            lineStart = 0
            var chunk = [UInt8](repeating: 0, count: min(Self.chunkSize, Int(end - offset)))
            let count = chunk.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, offset) }
            if count < 0 {
                if errno == EINTR { continue }
                throw ExportError.cannotReadIndex(
                    path: "\(root)/\(ArchiveLayout.index)", reason: String(cString: strerror(errno)))
            }
            if count == 0 { return nil }
            pending.append(contentsOf: chunk[..<count])
            offset += off_t(count)
        }
    }
}
