import Digest
import Foundation
import Testing
import TestSupport

/// The document identity: SHA-256 as FIPS 180-4 defines it, and as coreutils' `sha256sum` prints it.
@Suite struct DigestTests {
    @Test(
        "FIPS 180-4 example messages",
        arguments: [
            ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
            ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
            (
                "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
                "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
            ),
        ])
    func examples(message: String, digest: String) {
        #expect(SHA256.hex(of: Array(message.utf8)) == digest)
        #expect(SHA256.hex(of: Data(message.utf8)) == digest)
    }

    @Test("a bytes sequence without contiguous storage hashes as its bytes do")
    func nonContiguous() {
        let bytes = (0..<1000).lazy.map { UInt8(truncatingIfNeeded: $0 &* 7) }
        #expect(SHA256.hex(of: bytes) == SHA256.hex(of: Array(bytes)))
    }

    @Test("bytes hashed in pieces give the digest of the whole", arguments: [1, 63, 64, 65, 4096])
    func pieces(size: Int) {
        let bytes = (0..<10_000).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        var hasher = SHA256()
        for start in stride(from: 0, to: bytes.count, by: size) {
            bytes[start..<min(start + size, bytes.count)].withUnsafeBytes { hasher.update($0) }
        }
        #expect(hasher.hex() == SHA256.hex(of: bytes))
    }

    @Test("a PDF's digest is the one sha256sum prints")
    func matchesCoreutils() throws {
        let pdf = Corpus.fixture("corpus/liaoning-chaoyang-zhengfuban-2024.chromium.pdf")
        let printed = try ChildProcess.succeed("/usr/bin/sha256sum", [pdf.path]).outputText
        #expect(SHA256.hex(of: try Data(contentsOf: pdf)) == String(printed.prefix(64)))
    }
}
