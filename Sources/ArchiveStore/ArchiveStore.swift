public import FoundationEssentials
import Records
import Synchronization

/// The archive folder: commits each outcome exactly once and durably (files first, then the index line),
/// and recognises bytes it already holds. Several daemons may share one archive: every write happens
/// under an exclusive lock on `.lock`.
public final class ArchiveStore: Sendable {
    /// The archive's root folder.
    public let root: String
    public let layout = ArchiveLayout()
    private let writer: AtomicWriter
    private let ledger: Mutex<IndexLedger>

    /// What start-up recovery found.
    public struct Recovery: Sendable {
        /// The incomplete last index line that was cut, if any.
        public var tornLine: Data?
        /// Temporary files of interrupted writes that were removed.
        public var leftovers: Int
        /// Complete index lines that are not entries (kept in place, skipped).
        public var unreadableLines: Int
        /// Torn lines an older version left in front of a whole entry on a full disk, blanked out.
        public var blankedTornLines: Int
    }

    /// Opens the archive at `root`, creating its folders and index.
    public init(root: String) throws(SystemCallError) {
        self.root = root
        writer = AtomicWriter(temporaryFolder: "\(root)/\(ArchiveLayout.temporary)")
        try Posix.makeDirectories(writer.temporaryFolder)
        ledger = Mutex(try IndexLedger(path: "\(root)/\(ArchiveLayout.index)"))
    }

    deinit {
        ledger.withLock { $0.close() }
    }

    /// Repairs what a crash may have left: a torn last index line, temporary files. Then reads the index, and
    /// blanks the torn lines older versions left fused to the front of a whole line.
    public func recover() throws(SystemCallError) -> Recovery {
        try exclusively { (ledger) throws(SystemCallError) in
            let torn = try ledger.repairTornTail()
            let leftovers = try writer.removeLeftovers()
            try ledger.refresh()
            let blanked = try ledger.blankTornPrefixes()
            return Recovery(
                tornLine: torn, leftovers: leftovers, unreadableLines: ledger.unreadableLines,
                blankedTornLines: blanked)
        }
    }

    /// The archived document with these bytes, if any (a cheap check before extracting).
    public func archivedEntry(sha256: String) throws(SystemCallError) -> IndexEntry? {
        try ledger.withLock { (ledger) throws(SystemCallError) in
            try ledger.refresh()
            return try ledger.archived(sha256: sha256)
        }
    }

    /// The index line that closed `claim`, if one was written (a crash came before the claim was let go).
    public func recorded(claim: String) throws(SystemCallError) -> IndexEntry? {
        try ledger.withLock { (ledger) throws(SystemCallError) in
            try ledger.refresh()
            return try ledger.entry(claim: claim)
        }
    }

    /// Makes `outcome` durable and appends its index line; the source may then leave the work folder.
    /// Committing the same claim again (after a crash) returns the line already written.
    public func commit(_ outcome: Outcome, of source: SourceFile) throws(SystemCallError) -> IndexEntry {
        try exclusively { (ledger) throws(SystemCallError) in
            if let done = try ledger.entry(claim: source.claim) { return done }
            let entry: IndexEntry
            switch outcome {
            case .document(let document, let json):
                if let original = try ledger.archived(sha256: source.sha256) {
                    entry = try keepDuplicate(source, of: original)
                } else {
                    entry = try archive(document, json: json, source: source)
                }
            case .duplicate(let original):
                entry = try keepDuplicate(source, of: ledger.archived(sha256: source.sha256) ?? original)
            case .rejected(let rejection):
                entry = try reject(source, because: rejection)
            }
            try ledger.append(entry)
            try ledger.refresh()
            return entry
        }
    }

    /// Runs `body` holding the archive lock (against other daemons) and the ledger (against other workers),
    /// with the ledger brought up to date.
    private func exclusively<T>(_ body: (inout IndexLedger) throws(SystemCallError) -> T) throws(SystemCallError) -> T {
        try ledger.withLock { (ledger) throws(SystemCallError) in
            guard let lock = try FileLock(path: "\(root)/\(ArchiveLayout.lock)", wait: true) else {
                preconditionFailure("a waiting lock is always taken")
            }
            defer { withExtendedLifetime(lock) {} }
            try ledger.refresh()
            return try body(&ledger)
        }
    }

    private func archive(_ info: DocumentSummary, json: Data, source: SourceFile) throws(SystemCallError) -> IndexEntry
    {
        let paths = layout.document(
            sourceName: source.name, sha256: source.sha256, department: info.department,
            year: info.year, kind: info.kind)
        try writer.write(json, to: absolute(paths.json))
        try store(source, at: paths.pdf)
        for (target, ext) in [(paths.json, "json"), (paths.pdf, "pdf")] {
            let link = layout.link(sha256: source.sha256, ext: ext)
            try writer.link(absolute(link), to: layout.relative(target, from: link))
        }
        return IndexEntry(
            sourceName: source.name, sha256: source.sha256, status: IndexEntry.Status(info.status),
            json: paths.json, pdf: paths.pdf, department: info.department, year: info.year,
            kind: info.kind?.rawValue, tables: info.tables, failedChecks: info.failedChecks,
            unreadFigures: info.unreadFigures, claim: source.claim)
    }

    private func keepDuplicate(_ source: SourceFile, of original: IndexEntry) throws(SystemCallError) -> IndexEntry {
        let copy = layout.duplicate(sourceName: source.name, sha256: source.sha256, claim: source.claim)
        try store(source, at: copy)
        let reason =
            "the same bytes were archived at \(original.time) as \(original.sourceName) (\(original.json)); "
            + "nothing to do: this copy is kept as \(copy)"
        return IndexEntry(
            sourceName: source.name, sha256: source.sha256, status: .duplicate, json: original.json,
            pdf: original.pdf, reason: reason, department: original.department, year: original.year,
            kind: original.kind, tables: original.tables, failedChecks: original.failedChecks,
            unreadFigures: original.unreadFigures, claim: source.claim)
    }

    private func reject(_ source: SourceFile, because rejection: Rejection) throws(SystemCallError) -> IndexEntry {
        let paths = layout.rejected(sourceName: source.name, sha256: source.sha256)
        let note = RejectionNote(
            sourceName: source.name, sha256: source.sha256, size: source.size,
            rejection: rejection, time: Date().formatted(.iso8601))
        guard let noteJSON = try? note.jsonData() else { preconditionFailure("a RejectionNote always encodes") }
        try store(source, at: paths.file)
        try writer.write(noteJSON, to: absolute(paths.note))
        return IndexEntry(
            sourceName: source.name, sha256: source.sha256, status: .rejected, json: paths.note,
            pdf: source.isKept ? paths.file : "", reason: rejection.sentence, claim: source.claim)
    }

    /// Writes the source's bytes at `relative`, from memory or from the claimed file; nothing for an entry that
    /// was no file.
    private func store(_ source: SourceFile, at relative: String) throws(SystemCallError) {
        switch source.contents {
        case .bytes(let bytes): try writer.write(bytes, to: absolute(relative))
        case .file(let path): try writer.copy(fileAt: path, to: absolute(relative))
        case .nothing: return
        }
    }

    private func absolute(_ relative: String) -> String {
        "\(root)/\(relative)"
    }
}

extension IndexEntry.Status {
    /// The index status of an archived document.
    init(_ status: Records.Status) {
        switch status {
        case .ok: self = .ok
        case .review: self = .review
        case .partial: self = .partial
        case .unrecognized: self = .unrecognized
        }
    }
}
