import Crypto

/// SHA-256 (FIPS 180-4), the identity of a document: same bytes, same document.
///
/// Hashed by BoringSSL through swift-crypto, which uses the CPU's SHA extensions where it has them: the daemon
/// hashes every file it claims and `extract` every file it reads, so this runs over every byte of the inbox.
/// Bytes that arrive in pieces (a file too large to hold, read in chunks) are hashed by `update` and `hex()`.
public struct SHA256: Sendable {
    private var state = Crypto.SHA256()

    public init() {}

    /// The lowercase hex digest of `bytes`.
    public static func hex<Bytes: Sequence>(of bytes: Bytes) -> String where Bytes.Element == UInt8 {
        var hasher = SHA256()
        if bytes.withContiguousStorageIfAvailable({ hasher.update(UnsafeRawBufferPointer($0)) }) == nil {
            Array(bytes).withUnsafeBytes { hasher.update($0) }
        }
        return hasher.hex()
    }

    /// Adds the next piece of the bytes.
    public mutating func update(_ bytes: UnsafeRawBufferPointer) {
        state.update(bufferPointer: bytes)
    }

    /// The lowercase hex digest of the bytes added so far.
    public func hex() -> String {
        let hexDigits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(2 * Crypto.SHA256.byteCount)
        for byte in state.finalize() {
            out.append(hexDigits[Int(byte >> 4)])
            out.append(hexDigits[Int(byte & 0xf)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
