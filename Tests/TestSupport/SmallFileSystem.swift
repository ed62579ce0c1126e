public import Foundation
import Glibc

/// A real file system of a few pages (tmpfs), mounted by the test on a folder of its own, for what only a full
/// disk does: short writes and ENOSPC. Mounting needs root (CAP_SYS_ADMIN); `canMount` says whether this run may.
public final class SmallFileSystem {
    /// The mount point.
    public let folder: URL

    /// Whether this process may mount a tmpfs (tried once, on a scratch folder).
    public static let canMount: Bool = {
        guard let probe = try? SmallFileSystem(bytes: 64 << 10) else { return false }
        withExtendedLifetime(probe) {}
        return true
    }()

    /// Mounts a tmpfs of `bytes` (rounded to pages by the kernel).
    public init(bytes: Int) throws {
        folder = try Corpus.temporaryFolder()
        guard mount("tmpfs", folder.path, "tmpfs", 0, "size=\(bytes),mode=0755") == 0 else {
            let code = errno
            try? FileManager.default.removeItem(at: folder)
            throw POSIXError(POSIXErrorCode(rawValue: code) ?? .EPERM)
        }
    }

    deinit {
        umount2(folder.path, Int32(MNT_DETACH))
        try? FileManager.default.removeItem(at: folder)
    }

    /// Fills the file system with `filler` until a write fails; returns the filler's path (remove it to free the space).
    @discardableResult
    public func fill(name: String = "filler") -> URL {
        let path = folder.appendingPathComponent(name)
        let fd = open(path.path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o644)
        defer { close(fd) }
        let page = [UInt8](repeating: 0x46, count: 4096)
        while write(fd, page, page.count) == page.count {}
        // The last page's tail, byte by byte.
        var byte: UInt8 = 0x46
        while write(fd, &byte, 1) == 1 {}
        return path
    }

    /// Bytes free.
    public var available: Int {
        var info = statvfs()
        statvfs(folder.path, &info)
        return Int(info.f_bavail) * Int(info.f_frsize)
    }
}
