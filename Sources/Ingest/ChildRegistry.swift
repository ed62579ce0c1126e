import Glibc
import Synchronization

/// The running children, so that shutdown can stop them. Each leads a process group of its own, which is what is
/// killed. A child is reaped under the same lock that `stopAll` kills under, so a pid is never signalled after it
/// was reaped (and perhaps reused).
final class ChildRegistry: Sendable {
    private struct State {
        var running: Set<pid_t> = []
        var stopping = false
    }

    private let state = Mutex(State())

    /// Whether `stopAll` was called: a child that died since was stopped, not crashed.
    var isStopping: Bool { state.withLock { $0.stopping } }

    /// Registers a child just forked; one forked after `stopAll` is killed at once (it ends as stopped).
    func add(_ pid: pid_t) {
        state.withLock { state in
            state.running.insert(pid)
            if state.stopping { _ = Glibc.kill(-pid, SIGKILL) }
        }
    }

    /// Reaps `pid` if it has exited; returns its wait status then, nil while it runs.
    func reap(_ pid: pid_t) -> Int32? {
        state.withLock { state in
            var status: Int32 = 0
            while true {
                let result = waitpid(pid, &status, WNOHANG)
                if result == pid {
                    state.running.remove(pid)
                    return status
                }
                if result == 0 { return nil }
                if errno != EINTR { preconditionFailure("waitpid(\(pid)) failed: errno \(errno)") }
            }
        }
    }

    /// Kills `pid` and its process group (SIGKILL) unless it was reaped already.
    func kill(_ pid: pid_t) {
        state.withLock { state in
            if state.running.contains(pid) { _ = Glibc.kill(-pid, SIGKILL) }
        }
    }

    /// Kills every running child: shutdown gave up waiting for them.
    func stopAll() {
        state.withLock { state in
            state.stopping = true
            for pid in state.running { _ = Glibc.kill(-pid, SIGKILL) }
        }
    }
}
