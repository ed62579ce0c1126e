public import FoundationEssentials
import Glibc

/// Makes files appear whole or not at all: each is written under a temporary name in one folder of the
/// same file system, flushed, renamed into place, and its folder flushed. After a crash the only
/// leftovers are temporary files, which `removeLeftovers()` clears at start-up.
public struct AtomicWriter: Sendable {
    /// The folder of temporary files; must be on the same file system as every target.
    public let temporaryFolder: String

    public init(temporaryFolder: String) {
        self.temporaryFolder = temporaryFolder
    }

    /// Writes `data` to `path`, replacing any file there.
    public func write(_ data: Data, to path: String) throws(SystemCallError) {
        try write(to: path) { (fd, temporary) throws(SystemCallError) in try Posix.writeAll(fd, data, path: temporary) }
    }

    /// Copies the file at `source` to `path`, replacing any file there, without holding it in memory: a hard
    /// link where both are on one file system, a copy in chunks otherwise.
    public func copy(fileAt source: String, to path: String) throws(SystemCallError) {
        let temporary = temporaryPath(for: path)
        guard Glibc.link(source, temporary) == 0 else {
            guard errno == EXDEV || errno == EPERM || errno == EMLINK else {
                throw SystemCallError("link", path: source)
            }
            try write(to: path) { (fd, temporary) throws(SystemCallError) in
                try Posix.forEachChunk(of: source) { (chunk) throws(SystemCallError) in
                    try Posix.writeAll(fd, chunk, path: temporary)
                }
            }
            return
        }
        do throws(SystemCallError) {
            let fd = try Posix.open(temporary, O_RDONLY)
            defer { close(fd) }
            try Posix.fsync(fd, path: temporary)
        } catch {
            try? Posix.unlink(temporary)
            throw error
        }
        try place(temporary, at: path)
    }

    /// Writes a new temporary file with `fill`, flushes it and renames it to `path`.
    private func write(to path: String, _ fill: (Int32, String) throws(SystemCallError) -> Void) throws(SystemCallError)
    {
        let temporary = temporaryPath(for: path)
        let fd = try Posix.open(temporary, O_WRONLY | O_CREAT | O_EXCL)
        do throws(SystemCallError) {
            try fill(fd, temporary)
            try Posix.fsync(fd, path: temporary)
        } catch {
            close(fd)
            try? Posix.unlink(temporary)
            throw error
        }
        close(fd)
        try place(temporary, at: path)
    }

    /// Makes `path` a symbolic link to `target` (relative to the link's folder), replacing any link there.
    public func link(_ path: String, to target: String) throws(SystemCallError) {
        let temporary = temporaryPath(for: path)
        if symlink(target, temporary) != 0 { throw SystemCallError("symlink", path: temporary) }
        try place(temporary, at: path)
    }

    /// Removes the temporary files a crash left behind; returns how many there were.
    public func removeLeftovers() throws(SystemCallError) -> Int {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: temporaryFolder)) ?? []
        for name in names { try Posix.unlink(temporaryFolder + "/" + name) }
        return names.count
    }

    private func place(_ temporary: String, at path: String) throws(SystemCallError) {
        let folder = Posix.parentPath(of: path)
        do throws(SystemCallError) {
            try Posix.makeDirectories(folder)
            try Posix.rename(temporary, path)
        } catch {
            try? Posix.unlink(temporary)
            throw error
        }
        try Posix.syncDirectory(folder)
    }

    private func temporaryPath(for path: String) -> String {
        let name = Posix.lastComponent(of: path).prefix(64)
        return "\(temporaryFolder)/\(name).\(getpid()).\(UInt64.random(in: 0...UInt64.max))"
    }
}
