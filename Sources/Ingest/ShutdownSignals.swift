import Dispatch
import Glibc
import Synchronization

/// SIGTERM and SIGINT, turned into a flag and a wake-up of the supervisor instead of the default exit.
final class ShutdownSignals {
    static let signals = [SIGTERM, SIGINT]

    /// Set once by a signal handler, read by the supervisor.
    private final class Flag: Sendable {
        let value = Atomic(false)
    }

    private let requested = Flag()
    private let sources: [any DispatchSourceSignal]

    init(waking pipe: WakePipe) {
        let requested = requested
        sources = Self.signals.map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { [requested] in
                requested.value.store(true, ordering: .relaxed)
                pipe.wake()
            }
            source.resume()
            return source
        }
        // A child's stdout closing must not kill the daemon; write errors are reported instead.
        signal(SIGPIPE, SIG_IGN)
    }

    /// Whether a stop was asked for.
    var isRequested: Bool { requested.value.load(ordering: .relaxed) }
}
