import ArchiveStore
import Glibc

/// A path in the inbox as the file system spells it: bytes, not text. Any name the file system allows is taken,
/// UTF-8 or not (a GBK name from a Windows share), so paths are built and passed to system calls as bytes.
struct InboxPath: Hashable, Sendable, CustomStringConvertible {
    /// The path's bytes, without a terminating NUL.
    var bytes: [UInt8]

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    init(_ text: String) {
        bytes = Array(text.utf8)
    }

    /// `name` inside this folder.
    func appending(_ name: some Collection<UInt8>) -> InboxPath {
        InboxPath(bytes + [UInt8(ascii: "/")] + name)
    }

    /// The last component: the name without its folders.
    var name: ArraySlice<UInt8> {
        guard let slash = bytes.lastIndex(of: UInt8(ascii: "/")) else { return bytes[...] }
        return bytes[(slash + 1)...]
    }

    /// The folder holding it.
    var parent: InboxPath {
        guard let slash = bytes.lastIndex(of: UInt8(ascii: "/")) else { return InboxPath(".") }
        return InboxPath(Array(bytes[..<max(slash, 1)]))
    }

    /// The path below `folder` (bytes after `folder/`), or nil when it is not below it.
    func relative(to folder: InboxPath) -> [UInt8]? {
        let prefix = folder.bytes + [UInt8(ascii: "/")]
        guard bytes.starts(with: prefix) else { return nil }
        return Array(bytes.dropFirst(prefix.count))
    }

    /// Runs `body` with the path as a C string.
    func withCString<T>(_ body: (UnsafePointer<CChar>) throws -> T) rethrows -> T {
        try (bytes + [0]).withUnsafeBufferPointer { buffer in
            try buffer.withMemoryRebound(to: CChar.self) { try body($0.baseAddress!) }
        }
    }

    /// lstat(2): what is at the path itself, never through a link; nil when nothing is.
    func status() -> stat? {
        var info = stat()
        return withCString { fstatat(AT_FDCWD, $0, &info, AT_SYMLINK_NOFOLLOW) } == 0 ? info : nil
    }

    /// Makes the entries of the folder holding this path durable (a name renamed away or back).
    func syncParent() throws(SystemCallError) {
        let folder = parent
        let fd = folder.withCString { open($0, O_RDONLY | O_DIRECTORY | O_CLOEXEC) }
        if fd < 0 { throw SystemCallError("open", path: folder.description) }
        defer { close(fd) }
        try Posix.fsync(fd, path: folder.description)
    }

    /// The path as text for logs and errors (see `NameText.escaped`).
    var description: String { NameText.escaped(bytes) }
}

/// Names as text: exact where the bytes are UTF-8, `\xNN` for each byte that is not; for a log line, control
/// characters escaped too, so that one entry stays one line.
enum NameText {
    /// The name as recorded (`source_name`): the text itself when it is UTF-8, else UTF-8 with each stray byte
    /// written `\xNN`.
    static func recorded(_ bytes: some Collection<UInt8>) -> String {
        if let text = String(validating: Array(bytes), as: UTF8.self) { return text }
        return render(Array(bytes), escapingControls: false)
    }

    /// The name for a log line: as recorded, with control characters (newline, tab, …) written `\n`, `\t`, `\xNN`.
    static func escaped(_ bytes: some Collection<UInt8>) -> String {
        render(Array(bytes), escapingControls: true)
    }

    private static func render(_ bytes: [UInt8], escapingControls: Bool) -> String {
        var text = ""
        var index = 0
        while index < bytes.count {
            let length = validSequenceLength(bytes, at: index)
            if length == 0 {
                text += hex(bytes[index])
                index += 1
                continue
            }
            let scalar = String(decoding: bytes[index..<(index + length)], as: UTF8.self)
            if escapingControls, let value = scalar.unicodeScalars.first, value.properties.generalCategory == .control {
                switch value {
                case "\n": text += "\\n"
                case "\r": text += "\\r"
                case "\t": text += "\\t"
                default: text += hex(UInt8(truncatingIfNeeded: value.value))
                }
            } else {
                text += scalar
            }
            index += length
        }
        return text
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return "\\x" + String(digits[Int(byte >> 4)]) + String(digits[Int(byte & 15)])
    }

    /// The length of the well-formed UTF-8 sequence starting at `index`, or 0 when none starts there.
    private static func validSequenceLength(_ bytes: [UInt8], at index: Int) -> Int {
        let lead = bytes[index]
        let length =
            lead < 0x80
            ? 1
            : lead >= 0xC2 && lead < 0xE0
                ? 2
                : lead >= 0xE0 && lead < 0xF0
                    ? 3
                    : lead >= 0xF0 && lead < 0xF5 ? 4 : 0
        guard length > 0, index + length <= bytes.count else { return 0 }
        return String(validating: bytes[index..<(index + length)], as: UTF8.self) == nil ? 0 : length
    }
}
