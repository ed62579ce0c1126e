import ArchiveStore
import Glibc

/// Wakes the supervisor's poll(2) from other threads and from signal handlers: one byte written, any number
/// of wake-ups coalesced.
final class WakePipe: Sendable {
    let read: Int32
    private let write: Int32

    init() throws(SystemCallError) {
        var fds: [Int32] = [0, 0]
        if pipe(&fds) != 0 { throw SystemCallError("pipe", path: "(wake-up pipe)") }
        for fd in fds {
            _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
            _ = fcntl(fd, F_SETFL, O_NONBLOCK)
        }
        read = fds[0]
        write = fds[1]
    }

    deinit {
        close(read)
        close(write)
    }

    func wake() {
        var byte: UInt8 = 1
        _ = Glibc.write(write, &byte, 1)
    }

    /// Empties the pipe after a wake-up.
    func drain() {
        var buffer = [UInt8](repeating: 0, count: 256)
        while buffer.withUnsafeMutableBytes({ Glibc.read(read, $0.baseAddress, $0.count) }) > 0 {}
    }
}
