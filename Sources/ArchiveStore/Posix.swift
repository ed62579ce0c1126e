public import FoundationEssentials
public import Glibc

/// The system calls of the archive and the inbox, each retried on `EINTR` and turned into a thrown
/// `SystemCallError` naming the path.
public enum Posix {
    /// Opens `path`; `flags` and `mode` as for open(2).
    public static func open(_ path: String, _ flags: Int32, mode: mode_t = 0o644) throws(SystemCallError) -> Int32 {
        while true {
            let fd = Glibc.open(path, flags | O_CLOEXEC, mode)
            if fd >= 0 { return fd }
            if errno != EINTR { throw SystemCallError("open", path: path) }
        }
    }

    /// Writes every byte of `data` to `fd`.
    public static func writeAll(_ fd: Int32, _ data: Data, path: String) throws(SystemCallError) {
        let failure: SystemCallError? = data.withUnsafeBytes { bytes in
            do throws(SystemCallError) {
                try writeAll(fd, bytes, path: path)
                return nil
            } catch {
                return error
            }
        }
        if let failure { throw failure }
    }

    /// Writes `data` as the whole content of the file at `path` (created or truncated) and flushes it: for small
    /// files whose folder is flushed afterwards anyway.
    public static func writeFile(_ data: Data, to path: String) throws(SystemCallError) {
        let fd = try open(path, O_WRONLY | O_CREAT | O_TRUNC)
        defer { close(fd) }
        try writeAll(fd, data, path: path)
        try fsync(fd, path: path)
    }

    /// Reads the open file `fd` from its start to its end (pread: its offset is left alone) in pieces of at most
    /// `chunkSize` bytes, handing each to `body`; `path` names it in errors.
    public static func forEachChunk(
        ofDescriptor fd: Int32, path: String, chunkSize: Int = 1 << 20,
        _ body: (UnsafeRawBufferPointer) throws(SystemCallError) -> Void
    ) throws(SystemCallError) {
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: chunkSize, alignment: 16)
        defer { buffer.deallocate() }
        var offset: off_t = 0
        while true {
            let count = pread(fd, buffer.baseAddress, chunkSize, offset)
            if count < 0 {
                if errno == EINTR { continue }
                throw SystemCallError("read", path: path)
            }
            if count == 0 { return }
            offset += off_t(count)
            try body(UnsafeRawBufferPointer(rebasing: buffer[0..<count]))
        }
    }

    /// Reads the file at `path` from start to end in pieces of at most `chunkSize` bytes, handing each to `body`:
    /// a file of any size in constant memory.
    public static func forEachChunk(
        of path: String, chunkSize: Int = 1 << 20,
        _ body: (UnsafeRawBufferPointer) throws(SystemCallError) -> Void
    ) throws(SystemCallError) {
        let fd = try open(path, O_RDONLY)
        defer { close(fd) }
        try forEachChunk(ofDescriptor: fd, path: path, chunkSize: chunkSize, body)
    }

    /// Writes every byte of `bytes` to `fd`.
    public static func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer, path: String) throws(SystemCallError) {
        var offset = 0
        while offset < bytes.count {
            let written = Glibc.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                throw SystemCallError("write", path: path)
            }
            offset += written
        }
    }

    /// Flushes `fd` to stable storage.
    public static func fsync(_ fd: Int32, path: String) throws(SystemCallError) {
        while Glibc.fsync(fd) != 0 {
            if errno != EINTR { throw SystemCallError("fsync", path: path) }
        }
    }

    /// Makes the entries of the folder at `path` (new names, removed names) durable.
    public static func syncDirectory(_ path: String) throws(SystemCallError) {
        let fd = try open(path, O_RDONLY | O_DIRECTORY)
        defer { close(fd) }
        try fsync(fd, path: path)
    }

    /// Renames atomically within one file system, replacing `to`.
    public static func rename(_ from: String, _ to: String) throws(SystemCallError) {
        if Glibc.rename(from, to) != 0 { throw SystemCallError("rename to \(to)", path: from) }
    }

    /// Removes the file at `path`; a file already gone is not an error.
    public static func unlink(_ path: String) throws(SystemCallError) {
        if Glibc.unlink(path) != 0 && errno != ENOENT { throw SystemCallError("unlink", path: path) }
    }

    /// The size and modification time of `path`, or nil when it does not exist.
    public static func status(_ path: String) throws(SystemCallError) -> stat? {
        var info = stat()
        if fstatat(AT_FDCWD, path, &info, 0) == 0 { return info }
        if errno == ENOENT || errno == ENOTDIR { return nil }
        throw SystemCallError("stat", path: path)
    }

    /// Creates the folder `path` and its missing parents, making each new entry durable.
    public static func makeDirectories(_ path: String) throws(SystemCallError) {
        if let info = try status(path) {
            if info.st_mode & S_IFMT == S_IFDIR { return }
            throw SystemCallError("mkdir", path: path, code: ENOTDIR)
        }
        let parent = parentPath(of: path)
        try makeDirectories(parent)
        if mkdir(path, 0o755) != 0 && errno != EEXIST { throw SystemCallError("mkdir", path: path) }
        try syncDirectory(parent)
    }

    /// The folder holding `path` (`.` for a bare name).
    public static func parentPath(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// The last component of `path`: the name without its folders.
    public static func lastComponent(of path: String) -> Substring {
        guard let slash = path.lastIndex(of: "/") else { return path[...] }
        return path[path.index(after: slash)...]
    }
}
