import FoundationEssentials

/// One line of `index.jsonl` as read back: an entry, a blank line (where a torn line was blanked out), a whole
/// entry fused to the end of a torn one (an append of an older version that failed half-way, on a full disk, and
/// the retry appended after it), or bytes that are no entry at all.
public enum IndexLine: Sendable, Equatable {
    case entry(IndexEntry)
    case blank
    /// A whole entry starting `tornBytes` into the line: what precedes it is the torn line.
    case fused(IndexEntry, tornBytes: Int)
    case unreadable

    /// Every entry starts with this (keys are sorted, `claim` first): where a fused entry may begin.
    static let entryStart = Array(#"{"claim":"#.utf8)

    /// Reads one line (without its newline).
    public init(_ bytes: some Collection<UInt8>) {
        let line = Array(bytes)
        if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) {
            self = .blank
            return
        }
        let decoder = JSONDecoder()
        if let entry = try? decoder.decode(IndexEntry.self, from: Data(line)) {
            self = .entry(entry)
            return
        }
        var start = line.count - Self.entryStart.count
        while start > 0 {
            if line[start..<(start + Self.entryStart.count)].elementsEqual(Self.entryStart),
                let entry = try? decoder.decode(IndexEntry.self, from: Data(line[start...]))
            {
                self = .fused(entry, tornBytes: start)
                return
            }
            start -= 1
        }
        self = .unreadable
    }

    /// The entry the line holds, whole or after a torn prefix.
    public var entry: IndexEntry? {
        switch self {
        case .entry(let entry), .fused(let entry, _): entry
        case .blank, .unreadable: nil
        }
    }
}
