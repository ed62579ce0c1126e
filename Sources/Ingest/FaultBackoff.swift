import ArchiveStore
import Glibc
import Synchronization

/// Faults of the environment (the archive or the inbox full, read-only or unwritable, out of file descriptors)
/// are not a file's fault: the file stays claimed, its attempts are not used up, nothing is rejected, and no file
/// is started until the pause is over; each fault in a row doubles the pause, up to `maximum`. A success ends it.
final class FaultBackoff: Sendable {
    /// The errors that say the environment, not the file, is at fault.
    static let environmental: Set<Int32> = [ENOSPC, EDQUOT, EROFS, EACCES, EPERM, EIO, EMFILE, ENFILE, ENOMEM, EAGAIN]

    private struct State {
        var faultsInARow = 0
        var pausedUntil: ContinuousClock.Instant?
    }

    let base: Duration
    let maximum: Duration
    private let state = Mutex(State())

    init(base: Duration = .seconds(1), maximum: Duration) {
        self.base = base
        self.maximum = maximum
    }

    /// Whether `error` is the environment's fault.
    static func isEnvironmental(_ error: any Error) -> Bool {
        (error as? SystemCallError).map { environmental.contains($0.code) } ?? false
    }

    /// Records a fault of the environment; returns the pause it starts.
    func failed() -> Duration {
        state.withLock { state in
            state.faultsInARow += 1
            var pause = base
            for _ in 1..<min(state.faultsInARow, 30) where pause < maximum { pause = pause * 2 }
            pause = min(pause, maximum)
            state.pausedUntil = .now + pause
            return pause
        }
    }

    /// A file's outcome became durable: the environment works again. Returns whether it had failed before.
    @discardableResult
    func succeeded() -> Bool {
        state.withLock { state in
            defer { state = State() }
            return state.faultsInARow > 0
        }
    }

    /// Until when no file is started, if a pause is on.
    var pausedUntil: ContinuousClock.Instant? {
        state.withLock { state in
            guard let until = state.pausedUntil, until > .now else { return nil }
            return until
        }
    }
}
