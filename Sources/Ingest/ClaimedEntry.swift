import ArchiveStore
import Glibc

/// What a claim holds, looked at without ever following a link: a regular file, opened (O_NOFOLLOW) and checked
/// on the open descriptor, so that what is read is what was checked; a folder (swapped in for a file after the
/// scan); or something else (a link, a FIFO, a socket, a device), which is never opened or read.
enum ClaimedEntry {
    /// A regular file, open for reading; the caller closes `fd`.
    case file(fd: Int32, info: stat)
    case folder
    /// Anything else, in words: "a symbolic link", "a FIFO (named pipe)", …
    case other(String)

    /// Looks at the entry at `path`.
    init(at path: String) throws(SystemCallError) {
        var info = stat()
        guard fstatat(AT_FDCWD, path, &info, AT_SYMLINK_NOFOLLOW) == 0 else {
            throw SystemCallError("lstat", path: path)
        }
        guard info.st_mode & S_IFMT == S_IFREG else {
            self = Self.kind(info)
            return
        }
        // O_NONBLOCK: should a FIFO have been swapped in since lstat, opening it does not wait for a writer.
        let fd = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY | O_CLOEXEC)
        guard fd >= 0 else {
            switch errno {
            case ELOOP: self = .other("a symbolic link")
            case ENXIO: self = .other("a socket")
            default: throw SystemCallError("open", path: path)
            }
            return
        }
        guard fstat(fd, &info) == 0 else {
            let error = SystemCallError("fstat", path: path)
            close(fd)
            throw error
        }
        guard info.st_mode & S_IFMT == S_IFREG else {
            close(fd)
            self = Self.kind(info)
            return
        }
        self = .file(fd: fd, info: info)
    }

    private static func kind(_ info: stat) -> ClaimedEntry {
        switch info.st_mode & S_IFMT {
        case S_IFDIR: .folder
        case S_IFLNK: .other("a symbolic link")
        case S_IFIFO: .other("a FIFO (named pipe)")
        case S_IFSOCK: .other("a socket")
        case S_IFCHR: .other("a character device")
        case S_IFBLK: .other("a block device")
        default: .other("a special file")
        }
    }
}
