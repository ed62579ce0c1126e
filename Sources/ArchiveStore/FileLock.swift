import Glibc

/// An exclusive advisory lock (flock(2)) on a file, released when the holder closes it or dies.
/// Two daemons on one inbox or archive use it to tell a live colleague from a crashed one.
public final class FileLock: Sendable {
    public let path: String
    private let fd: Int32

    /// Opens (creating) `path` and takes the lock; with `wait: false`, returns nil when another
    /// process holds it.
    public init?(path: String, wait: Bool) throws(SystemCallError) {
        let fd = try Posix.open(path, O_RDWR | O_CREAT)
        while flock(fd, LOCK_EX | (wait ? 0 : LOCK_NB)) != 0 {
            if errno == EINTR { continue }
            let code = errno
            close(fd)
            if code == EWOULDBLOCK { return nil }
            throw SystemCallError("flock", path: path, code: code)
        }
        self.path = path
        self.fd = fd
    }

    deinit {
        close(fd)
    }
}
