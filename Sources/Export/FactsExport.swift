import FoundationEssentials
import Records

/// `juesuan facts`: every figure of every document an archive's index lists, one row each, written as it is
/// read. One document is in memory at a time, so memory stays flat whatever the archive's size.
public struct FactsExport: Sendable {
    /// The archive's root folder.
    public var root: String
    public var format: FactFormat
    /// Start a CSV with UTF-8's byte-order mark (for Excel).
    public var byteOrderMark: Bool
    /// The statuses whose documents are exported (`ok`, `review`, …; nil: every archived document). Decided from
    /// the index line, so a document left out is never opened.
    public var statuses: Set<String>?

    public init(root: String, format: FactFormat, byteOrderMark: Bool = false, statuses: Set<String>? = nil) {
        self.root = root
        self.format = format
        self.byteOrderMark = byteOrderMark
        self.statuses = statuses
    }

    /// What an export wrote.
    public struct Summary: Sendable {
        public var documents = 0
        /// Rows with a `value`: figures of records and of forms' fields.
        public var values = 0
        /// Rows of generic-grid cells.
        public var cells = 0
        /// Other rows: a text where a figure goes.
        public var texts = 0
        /// Documents the index lists that could not be read (path relative to the archive, and why): left out.
        public var unreadable: [(path: String, reason: String)] = []
        /// Index lines that are no index entry, by number (1-based): skipped.
        public var unreadableIndexLines: [Int] = []
        /// Index lines holding a whole entry after a torn one, by number: the entry was read.
        public var fusedIndexLines: [Int] = []
    }

    /// Writes the export to `fd` (`path` names it in errors).
    public func write(to fd: Int32, path: String) throws(ExportError) -> Summary {
        var documents = try ArchivedDocuments(root: root)
        defer { documents.close() }
        let sink = ByteSink(fd: fd, path: path)
        let writer = try FactWriter(format: format, sink: sink, byteOrderMark: byteOrderMark && format == .csv)
        var summary = Summary()
        while let entry = try documents.next() {
            if let statuses, !statuses.contains(entry.status.rawValue) { continue }
            let document: ArchiveDocument
            do {
                document = try ArchiveDocument(
                    jsonData: Data(contentsOf: URL(fileURLWithPath: "\(root)/\(entry.json)")))
            } catch {
                summary.unreadable.append((entry.json, String(describing: error)))
                continue
            }
            summary.documents += 1
            try DocumentFacts(document).forEach { (fact) throws(ExportError) in
                if fact.value != nil {
                    summary.values += 1
                } else if fact.source == .cell {
                    summary.cells += 1
                } else {
                    summary.texts += 1
                }
                try writer.write(fact)
            }
        }
        try sink.flush()
        summary.unreadableIndexLines = documents.unreadableLines
        summary.fusedIndexLines = documents.fusedLines
        return summary
    }
}
