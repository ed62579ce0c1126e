import Glibc
import Synchronization

/// Poppler prints parser complaints ("Syntax Error …") straight to stderr, which would break the
/// one-line error contract of the CLI. While any document is read, stderr points at /dev/null.
///
/// The redirection is process-wide, so it is counted: the first reader in saves stderr, the last one out
/// restores it. (Two readers each saving and restoring on their own would leave stderr at /dev/null.)
enum PopplerDiagnostics {
    /// Readers inside, and the saved stderr (-1 when it could not be saved and was left alone).
    private static let state = Mutex<(readers: Int, saved: Int32)>((0, -1))

    static func quieted<T, E: Error>(_ body: () throws(E) -> T) throws(E) -> T {
        state.withLock { state in
            if state.readers == 0 { state.saved = silence() }
            state.readers += 1
        }
        defer {
            state.withLock { state in
                state.readers -= 1
                if state.readers == 0, state.saved >= 0 {
                    fflush(nil)
                    dup2(state.saved, STDERR_FILENO)
                    close(state.saved)
                    state.saved = -1
                }
            }
        }
        return try body()
    }

    /// Points stderr at /dev/null; returns a copy of the old stderr, or -1 when nothing was changed.
    private static func silence() -> Int32 {
        fflush(nil)
        let saved = dup(STDERR_FILENO)
        let null = open("/dev/null", O_WRONLY)
        guard saved >= 0, null >= 0 else {
            if saved >= 0 { close(saved) }
            if null >= 0 { close(null) }
            return -1
        }
        dup2(null, STDERR_FILENO)
        close(null)
        return saved
    }
}
