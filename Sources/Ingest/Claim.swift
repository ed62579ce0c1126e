/// A file taken from the inbox: renamed into a claim folder of its own in the work folder,
/// `work-ID/CLAIM.ATTEMPTS/entry`, beside `origin`, which holds where it was (its path below the inbox, as bytes).
/// The folder's name carries the claim's identity and how many times a child started on it; names of any length
/// or encoding fit, as the dropped name is never part of a path the daemon makes.
struct Claim: Sendable, Hashable {
    /// Unique across daemons and restarts; written into the index line that closes the claim.
    var id: String
    /// Children started on this file so far; each start is recorded (by renaming) before the child runs, and
    /// taken back when the child ended on its own, so that only runs the daemon died under count.
    var attempts: Int
    /// Where the entry was, below the inbox folder, as the file system spells it.
    var origin: [UInt8]
    /// The work folder holding it.
    var folder: String

    /// The claimed entry's name in the claim folder.
    static let entryName = "entry"
    /// The file holding `origin`.
    static let originName = "origin"
    /// A private copy of a hard-linked file too large to read, made before it is kept.
    static let copyName = "copy"

    /// Reads a claim back from its folder's name (`ID.ATTEMPTS`); nil for names that are not claims.
    init?(folderName: String, origin: [UInt8], folder: String) {
        let head = folderName.split(separator: ".")
        guard head.count == 2, head[0].count == 12, let attempts = Int(head[1]) else { return nil }
        self.init(id: String(head[0]), attempts: attempts, origin: origin, folder: folder)
    }

    init(id: String, attempts: Int, origin: [UInt8], folder: String) {
        self.id = id
        self.attempts = attempts
        self.origin = origin
        self.folder = folder
    }

    /// The name as dropped, without folders, as recorded (`source_name`).
    var sourceName: String { NameText.recorded(InboxPath(origin).name) }
    /// The claim's folder.
    var path: String { "\(folder)/\(id).\(attempts)" }
    /// The claimed entry (a file, or whatever was swapped in for it).
    var entryPath: String { "\(path)/\(Self.entryName)" }

    /// A new claim identifier: 12 random base-36 characters.
    static func newID() -> String {
        let alphabet = Array("0123456789abcdefghijklmnopqrstuvwxyz")
        return String((0..<12).map { _ in alphabet.randomElement()! })
    }
}
