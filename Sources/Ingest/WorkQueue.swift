import Dispatch
import Synchronization

/// Claims handed from the supervisor to the workers. The supervisor claims a file only when a worker is free,
/// so that files stay in the inbox (where another daemon may take them) until they can be started.
final class WorkQueue: Sendable {
    private struct State {
        var waiting: [Claim] = []
        /// Claims queued or being processed, by id.
        var inFlight: Set<String> = []
        var closed = false
    }

    private let state = Mutex(State())
    private let available = DispatchSemaphore(value: 0)

    /// Claims queued or being processed.
    var inFlight: Int { state.withLock { $0.inFlight.count } }

    /// Whether `claim` is queued or being processed.
    func contains(_ claim: Claim) -> Bool {
        state.withLock { $0.inFlight.contains(claim.id) }
    }

    func push(_ claim: Claim) {
        state.withLock {
            $0.waiting.append(claim)
            $0.inFlight.insert(claim.id)
        }
        available.signal()
    }

    /// The next claim; blocks until there is one, nil once the queue is closed.
    func next() -> Claim? {
        available.wait()
        return state.withLock { state in
            state.closed || state.waiting.isEmpty ? nil : state.waiting.removeFirst()
        }
    }

    /// A worker is done with `claim` (finished, or left for the next start).
    func done(_ claim: Claim) {
        state.withLock { _ = $0.inFlight.remove(claim.id) }
    }

    /// Wakes every worker with nil; claims not started stay in the work folder.
    func close(workers: Int) {
        state.withLock { $0.closed = true }
        for _ in 0..<workers { available.signal() }
    }
}
