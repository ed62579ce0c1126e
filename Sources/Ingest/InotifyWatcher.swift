import ArchiveStore
import Glibc

/// Watches the inbox and its subfolders with inotify for files closed after writing or moved in, and for new
/// subfolders. Events can be lost (queue overflow, network file systems send none): the daemon rescans too.
final class InotifyWatcher {
    /// What the daemon needs to know from one event.
    enum Event: Equatable {
        /// A file was closed after writing, or moved in: complete.
        case completed(InboxPath)
        /// Something that is not a folder was created (a file being written, a link, a FIFO): look at it.
        case created(InboxPath)
        /// A folder was created or moved in: watch it and scan it.
        case folderAppeared(InboxPath)
        /// The kernel dropped events: rescan everything.
        case overflow
    }

    /// Closed after writing, moved in, created (new folders, and links, FIFOs and sockets, which are never closed).
    static let mask = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_CREATE)
    let fd: Int32
    private var folders: [Int32: InboxPath] = [:]
    private var watched: Set<InboxPath> = []

    init() throws(SystemCallError) {
        fd = inotify_init1(Int32(IN_NONBLOCK | IN_CLOEXEC))
        if fd < 0 { throw SystemCallError("inotify_init1", path: "(inotify)") }
    }

    deinit {
        close(fd)
    }

    /// Watches `folder` (once).
    func watch(_ folder: InboxPath) throws(SystemCallError) {
        guard !watched.contains(folder) else { return }
        let descriptor = folder.withCString { inotify_add_watch(fd, $0, Self.mask) }
        if descriptor < 0 {
            if errno == ENOENT { return }
            throw SystemCallError("inotify_add_watch", path: folder.description)
        }
        folders[descriptor] = folder
        watched.insert(folder)
    }

    /// The events waiting now (none when nothing happened).
    func read() -> [Event] {
        var events: [Event] = []
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            let count = buffer.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
            if count <= 0 { break }
            var offset = 0
            while offset + 16 <= count {
                let header = buffer.withUnsafeBytes { bytes in
                    (
                        wd: bytes.load(fromByteOffset: offset, as: Int32.self),
                        mask: bytes.load(fromByteOffset: offset + 4, as: UInt32.self),
                        length: Int(bytes.load(fromByteOffset: offset + 12, as: UInt32.self))
                    )
                }
                let name = Array(buffer[(offset + 16)..<(offset + 16 + header.length)].prefix { $0 != 0 })
                offset += 16 + header.length
                if let event = event(wd: header.wd, mask: header.mask, name: name) {
                    events.append(event)
                }
            }
        }
        return events
    }

    private func event(wd: Int32, mask: UInt32, name: [UInt8]) -> Event? {
        if mask & UInt32(IN_Q_OVERFLOW) != 0 { return .overflow }
        if mask & UInt32(IN_IGNORED) != 0, let folder = folders.removeValue(forKey: wd) {
            watched.remove(folder)
            return nil
        }
        guard let folder = folders[wd], InboxNames.isCandidate(name) else { return nil }
        let path = folder.appending(name)
        if mask & UInt32(IN_ISDIR) != 0 { return .folderAppeared(path) }
        if mask & UInt32(IN_CLOSE_WRITE | IN_MOVED_TO) != 0 { return .completed(path) }
        return .created(path)
    }
}
