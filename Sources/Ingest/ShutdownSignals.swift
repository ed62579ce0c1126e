import Dispatch
import Glibc
import Synchronization

/// SIGTERM, SIGINT and SIGHUP, turned into a flag and a wake-up of the supervisor instead of the default exit: each
/// asks for the same graceful stop. (SIGHUP does not reload: there is no configuration file, and a hung-up terminal
/// means the daemon's session is gone.)
final class ShutdownSignals {
    static let signals = [SIGTERM, SIGINT, SIGHUP]

    /// The signal that asked for a stop (0: none yet), set by a signal handler, read by the supervisor.
    private final class Flag: Sendable {
        let value = Atomic<Int32>(0)
    }

    private let requested = Flag()
    private let sources: [any DispatchSourceSignal]

    init(waking pipe: WakePipe) {
        let requested = requested
        sources = Self.signals.map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { [requested] in
                requested.value.store(number, ordering: .relaxed)
                pipe.wake()
            }
            source.resume()
            return source
        }
        // A child's stdout closing must not kill the daemon; write errors are reported instead.
        signal(SIGPIPE, SIG_IGN)
    }

    /// Whether a stop was asked for.
    var isRequested: Bool { requested.value.load(ordering: .relaxed) != 0 }

    /// The name of the signal that asked for the stop (`SIGHUP`), if one did.
    var requestedBy: String? {
        switch requested.value.load(ordering: .relaxed) {
        case SIGTERM: "SIGTERM"
        case SIGINT: "SIGINT"
        case SIGHUP: "SIGHUP"
        default: nil
        }
    }
}
