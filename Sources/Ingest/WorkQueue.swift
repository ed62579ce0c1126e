import Dispatch
import Synchronization

/// Claims handed from the supervisor to the workers. The supervisor claims a file only when a worker is free,
/// so that files stay in the inbox (where another daemon may take them) until they can be started.
///
/// Shutdown has two steps. `close`: nothing more is pushed, and the workers still take every claim queued
/// before it (a claimed file is in flight, and finishes). `abandon`, when the grace period is over: the workers
/// take nothing more, and claims still queued stay in the work folder, untouched, for the next start.
final class WorkQueue: Sendable {
    private struct State {
        var waiting: [Claim] = []
        /// Claims queued or being processed, by id.
        var inFlight: Set<String> = []
        var closed = false
        var abandoned = false
    }

    private let state = Mutex(State())
    /// One signal per claim pushed, and one per worker at `close` and at `abandon`.
    private let available = DispatchSemaphore(value: 0)

    /// Claims queued or being processed.
    var inFlight: Int { state.withLock { $0.inFlight.count } }

    /// Whether `claim` is queued or being processed.
    func contains(_ claim: Claim) -> Bool {
        state.withLock { $0.inFlight.contains(claim.id) }
    }

    func push(_ claim: Claim) {
        state.withLock { state in
            precondition(!state.closed, "a claim pushed after close would never be taken")
            state.waiting.append(claim)
            state.inFlight.insert(claim.id)
        }
        available.signal()
    }

    /// The next claim; blocks until there is one. Nil once the queue is closed and empty, or abandoned.
    func next() -> Claim? {
        available.wait()
        return state.withLock { state in
            if state.abandoned { return nil }
            precondition(state.closed || !state.waiting.isEmpty, "one signal per claim pushed")
            return state.waiting.isEmpty ? nil : state.waiting.removeFirst()
        }
    }

    /// A worker is done with `claim` (finished, or left for the next start).
    func done(_ claim: Claim) {
        state.withLock { _ = $0.inFlight.remove(claim.id) }
    }

    /// No more claims: each worker takes what is queued, then gets nil.
    func close(workers: Int) {
        state.withLock { $0.closed = true }
        for _ in 0..<workers { available.signal() }
    }

    /// The grace period is over: each worker gets nil at its next call; queued claims stay where they are.
    func abandon(workers: Int) {
        state.withLock { $0.abandoned = true }
        for _ in 0..<workers { available.signal() }
    }
}
