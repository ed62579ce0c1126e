/// A file taken from the inbox: renamed into a work folder under a name that carries its identity, how many
/// times a child started on it, and the name it was dropped under: `ID.ATTEMPTS~NAME`.
struct Claim: Sendable, Hashable {
    /// Unique across daemons and restarts; written into the index line that closes the claim.
    var id: String
    /// Children started on this file so far; each start is recorded (by renaming) before the child runs.
    var attempts: Int
    /// The file name as dropped, without folders.
    var sourceName: String
    /// The work folder holding it.
    var folder: String

    static let separator: Character = "~"

    init(id: String, attempts: Int, sourceName: String, folder: String) {
        self.id = id
        self.attempts = attempts
        self.sourceName = sourceName
        self.folder = folder
    }

    /// Reads a claim back from its file name; nil for names that are not claims.
    init?(fileName: String, folder: String) {
        guard let tilde = fileName.firstIndex(of: Self.separator) else { return nil }
        let head = fileName[..<tilde].split(separator: ".")
        guard head.count == 2, let attempts = Int(head[1]) else { return nil }
        self.init(id: String(head[0]), attempts: attempts, sourceName: String(fileName[fileName.index(after: tilde)...]),
                  folder: folder)
    }

    var fileName: String { "\(id).\(attempts)\(Self.separator)\(sourceName)" }
    var path: String { "\(folder)/\(fileName)" }

    /// A new claim identifier: 12 random base-36 characters.
    static func newID() -> String {
        let alphabet = Array("0123456789abcdefghijklmnopqrstuvwxyz")
        return String((0..<12).map { _ in alphabet.randomElement()! })
    }
}
