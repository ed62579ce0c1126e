import Crypto

/// SHA-256 (FIPS 180-4), the identity of a document: same bytes, same document.
///
/// Hashed by BoringSSL through swift-crypto, which uses the CPU's SHA extensions where it has them: the daemon
/// hashes every file it claims and `extract` every file it reads, so this runs over every byte of the inbox.
public enum SHA256 {
    /// The lowercase hex digest of `bytes`.
    public static func hex<Bytes: Sequence>(of bytes: Bytes) -> String where Bytes.Element == UInt8 {
        let digest = bytes.withContiguousStorageIfAvailable { Crypto.SHA256.hash(data: UnsafeRawBufferPointer($0)) }
            ?? Crypto.SHA256.hash(data: Array(bytes))
        let hexDigits = Array("0123456789abcdef".utf8)
        var out: [UInt8] = []
        out.reserveCapacity(2 * Crypto.SHA256.byteCount)
        for byte in digest {
            out.append(hexDigits[Int(byte >> 4)])
            out.append(hexDigits[Int(byte & 0xf)])
        }
        return String(decoding: out, as: UTF8.self)
    }
}
