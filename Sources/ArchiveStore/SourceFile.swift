public import Foundation
import Digest

/// A file taken from the inbox: its bytes, its name as dropped, and the claim it is processed under.
public struct SourceFile: Sendable {
    /// The file name as dropped, without folders.
    public var name: String
    public var bytes: Data
    /// Hex SHA-256 of `bytes`: the file's identity.
    public var sha256: String
    /// The claim's identifier, written into the index line that closes it.
    public var claim: String

    public init(name: String, bytes: Data, claim: String) {
        self.name = name
        self.bytes = bytes
        self.sha256 = SHA256.hex(of: bytes)
        self.claim = claim
    }
}
