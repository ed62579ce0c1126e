public import FoundationEssentials
import Digest

/// A file taken from the inbox: its bytes, its name as dropped, and the claim it is processed under.
public struct SourceFile: Sendable {
    /// Where the bytes are: read into memory, or left in the claimed file (too large to hold).
    public enum Contents: Sendable {
        case bytes(Data)
        case file(path: String)
        /// Nothing was read: the entry was no regular file (a link, a FIFO, …), and nothing of it is kept.
        case nothing
    }

    /// The file name as dropped, without folders.
    public var name: String
    public var contents: Contents
    /// Size in bytes.
    public var size: Int
    /// Hex SHA-256 of the bytes: the file's identity.
    public var sha256: String
    /// The claim's identifier, written into the index line that closes it.
    public var claim: String

    public init(name: String, bytes: Data, claim: String) {
        self.name = name
        self.contents = .bytes(bytes)
        self.size = bytes.count
        self.sha256 = SHA256.hex(of: bytes)
        self.claim = claim
    }

    /// An entry that is no regular file: no bytes are read (its size is 0, its sha256 that of no bytes) and
    /// nothing of it is kept.
    public init(nothingNamed name: String, claim: String) {
        self.name = name
        self.contents = .nothing
        self.size = 0
        self.sha256 = SHA256.hex(of: Data())
        self.claim = claim
    }

    /// Whether bytes of the entry are kept in the archive.
    public var isKept: Bool {
        if case .nothing = contents { return false }
        return true
    }

    /// The file at `path`, hashed in chunks and never held in memory whole.
    public init(name: String, unreadFileAt path: String, claim: String) throws(SystemCallError) {
        var hasher = SHA256()
        var size = 0
        try Posix.forEachChunk(of: path) { chunk in
            hasher.update(chunk)
            size += chunk.count
        }
        self.name = name
        self.contents = .file(path: path)
        self.size = size
        self.sha256 = hasher.hex()
        self.claim = claim
    }
}
