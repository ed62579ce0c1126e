import CSystemCalls
import Glibc

/// The box `juesuan extract --sandbox` closes on itself once it holds the PDF's bytes, before poppler parses them:
/// no_new_privs always; Landlock, where the kernel offers it, with read-only access to what poppler needs (its
/// CMaps, the fonts and fontconfig, the libraries mapped into the process) and write access to /dev/null alone,
/// no TCP, no signals or abstract sockets outside the box; and a seccomp filter that refuses new sockets and
/// io_uring. A PDF that takes over the reader can then read no other file, write none, and reach no network.
public enum ReaderSandbox {
    /// Folders the reader may still read: poppler-data's CMaps, fonts, fontconfig's configuration and caches.
    static let readableFolders = [
        "/usr/share/poppler", "/usr/share/fonts", "/usr/local/share/fonts", "/usr/share/fontconfig", "/etc/fonts",
        "/var/cache/fontconfig",
    ]
    /// Folders of code loaded only when first needed: glibc's iconv modules (GLib converts a PDF's UTF-16 and
    /// PDFDocEncoding strings through them), where Debian, Fedora and others keep them.
    static let loadableFolders = [
        "/usr/lib/x86_64-linux-gnu/gconv", "/usr/lib/aarch64-linux-gnu/gconv", "/usr/lib64/gconv", "/usr/lib/gconv",
        "/usr/lib/locale",
    ]

    // Landlock access rights (linux/landlock.h).
    static let execute: UInt64 = 1 << 0, writeFile: UInt64 = 1 << 1, readFile: UInt64 = 1 << 2,
        readDirectory: UInt64 = 1 << 3
    /// Every file system right of ABI 1 (execute … make symlink).
    static let fileSystemRightsV1: UInt64 = (1 << 13) - 1
    static let refer: UInt64 = 1 << 13, truncate: UInt64 = 1 << 14, ioctlDevice: UInt64 = 1 << 15

    /// What the box holds, for the record.
    public struct Applied: Sendable, Equatable {
        /// The Landlock ABI used (0: the kernel offers none; files and TCP are then not boxed).
        public var landlockABI: Int
        /// Whether the seccomp filter is on.
        public var seccomp: Bool
    }

    /// A part of the box that had to close and did not.
    public struct Failure: Error, CustomStringConvertible {
        public var step: String
        public var code: Int32
        public var description: String { "\(step) failed: \(String(cString: strerror(code)))" }
    }

    /// Closes the box on this process (and every thread of it; Landlock and seccomp hold for all threads only
    /// when applied before others start, so call it from a process that has not started reading yet).
    public static func close() throws(Failure) -> Applied {
        let home = getenv("HOME").map { String(cString: $0) }
        guard cs_prctl(PR_SET_NO_NEW_PRIVS, 1) == 0 else { throw Failure(step: "PR_SET_NO_NEW_PRIVS", code: errno) }
        let abi = Int(cs_landlock_abi())
        if abi >= 1 { try restrictFiles(abi: abi, home: home) }
        let filtered = cs_seccomp_deny_sockets() == 0
        return Applied(landlockABI: max(abi, 0), seccomp: filtered)
    }

    private static func restrictFiles(abi: Int, home: String?) throws(Failure) {
        var handled = fileSystemRightsV1
        if abi >= 2 { handled |= refer }
        if abi >= 3 { handled |= truncate }
        if abi >= 5 { handled |= ioctlDevice }
        var attributes = cs_landlock_ruleset_attr(
            handled_access_fs: handled, handled_access_net: abi >= 4 ? 3 : 0,
            scoped: abi >= 6 ? 3 : 0)
        let size = abi >= 6 ? 24 : abi >= 4 ? 16 : 8
        let ruleset = Int32(cs_landlock_create_ruleset(&attributes, size))
        guard ruleset >= 0 else { throw Failure(step: "landlock_create_ruleset", code: errno) }
        defer { Glibc.close(ruleset) }
        let folders = readableFolders + (home.map { ["\($0)/.cache/fontconfig", "\($0)/.fontconfig"] } ?? [])
        for folder in folders { allow(folder, readFile | readDirectory, in: ruleset) }
        for folder in loadableFolders { allow(folder, readFile | readDirectory | execute, in: ruleset) }
        for library in mappedFiles() { allow(library, readFile | execute, in: ruleset) }
        allow("/dev/null", writeFile, in: ruleset)
        guard cs_landlock_restrict_self(ruleset) == 0 else {
            throw Failure(step: "landlock_restrict_self", code: errno)
        }
    }

    /// Adds a rule for `path` if it exists.
    private static func allow(_ path: String, _ rights: UInt64, in ruleset: Int32) {
        let fd = open(path, CS_O_PATH | O_CLOEXEC)
        guard fd >= 0 else { return }
        defer { Glibc.close(fd) }
        _ = cs_landlock_allow(ruleset, rights, fd)
    }

    /// The files mapped into this process (its binary and libraries), from /proc/self/maps.
    static func mappedFiles() -> Set<String> {
        let fd = open("/proc/self/maps", O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return [] }
        defer { Glibc.close(fd) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if count <= 0 { break }
            bytes += buffer[..<count]
        }
        var files: Set<String> = []
        for line in bytes.split(separator: UInt8(ascii: "\n")) {
            guard let slash = line.firstIndex(of: UInt8(ascii: "/")) else { continue }
            files.insert(String(decoding: line[slash...], as: UTF8.self))
        }
        return files
    }
}
