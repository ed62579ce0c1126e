import ArchiveStore
public import FoundationEssentials
import Glibc

/// Standard output or standard error, each write whole (FoundationEssentials has no `FileHandle`). A reader
/// that has gone away or a full disk ends the write quietly, as a shell pipeline expects.
public struct StandardStream: Sendable {
    public static let output = StandardStream(descriptor: STDOUT_FILENO, name: "standard output")
    public static let error = StandardStream(descriptor: STDERR_FILENO, name: "standard error")

    let descriptor: Int32
    let name: String

    public func write(_ data: Data) {
        try? Posix.writeAll(descriptor, data, path: name)
    }

    public func write(_ text: String) { write(Data(text.utf8)) }
}
