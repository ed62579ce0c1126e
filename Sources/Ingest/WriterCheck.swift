import Glibc

/// Whether some process still holds a file open for writing: such a file is not finished, whatever its size and
/// mtime say (a writer that pauses longer than the settle interval). Asked with a read lease (F_SETLEASE), which
/// the kernel refuses while the file is open for writing anywhere; where a lease cannot be taken (a file of
/// another owner without CAP_LEASE, a file system without leases), by looking through /proc/*/fd.
enum WriterCheck {
    /// F_SETLEASE (F_LINUX_SPECIFIC_BASE), which the Glibc module leaves out (it is _GNU_SOURCE only).
    static let setLease: Int32 = 1024

    /// Whether the regular file at `path` is open for writing by any process.
    static func isHeldForWriting(_ path: InboxPath) -> Bool {
        let fd = path.withCString { open($0, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC) }
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return false }
        if fcntl(fd, setLease, Int32(F_RDLCK)) == 0 {
            _ = fcntl(fd, setLease, Int32(F_UNLCK))
            return false
        }
        if errno == EAGAIN || errno == EBUSY { return true }
        return isOpenForWritingInProc(device: info.st_dev, inode: info.st_ino)
    }

    /// Looks through every process's open files that this process may see for `device`/`inode` opened for
    /// writing (the access mode in /proc/PID/fdinfo/FD).
    static func isOpenForWritingInProc(device: dev_t, inode: ino_t) -> Bool {
        for pid in InboxScanner.names(in: InboxPath("/proc")) where pid.allSatisfy({ $0 >= 48 && $0 <= 57 }) {
            let folder = "/proc/\(String(decoding: pid, as: UTF8.self))"
            for fd in InboxScanner.names(in: InboxPath("\(folder)/fd")) {
                let name = String(decoding: fd, as: UTF8.self)
                var info = stat()
                guard stat("\(folder)/fd/\(name)", &info) == 0, info.st_dev == device, info.st_ino == inode else {
                    continue
                }
                if let flags = openFlags("\(folder)/fdinfo/\(name)"), flags & O_ACCMODE != O_RDONLY { return true }
            }
        }
        return false
    }

    /// The `flags:` line of an fdinfo file (octal).
    private static func openFlags(_ path: String) -> Int32? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var buffer = [UInt8](repeating: 0, count: 512)
        let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        guard count > 0 else { return nil }
        let text = String(decoding: buffer[..<count], as: UTF8.self)
        guard let line = text.split(separator: "\n").first(where: { $0.hasPrefix("flags:") }) else { return nil }
        guard let flags = line.dropFirst("flags:".count).split(whereSeparator: \.isWhitespace).first else { return nil }
        return Int32(flags, radix: 8)
    }
}
