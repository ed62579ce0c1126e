import Glibc

/// Poppler prints parser complaints ("Syntax Error …") straight to stderr, which would break the
/// one-line error contract of the CLI. While a document is read, stderr points at /dev/null.
enum PopplerDiagnostics {
    static func quieted<T, E: Error>(_ body: () throws(E) -> T) throws(E) -> T {
        fflush(nil)
        let saved = dup(STDERR_FILENO)
        let null = open("/dev/null", O_WRONLY)
        guard saved >= 0, null >= 0 else {
            if saved >= 0 { close(saved) }
            if null >= 0 { close(null) }
            return try body()
        }
        dup2(null, STDERR_FILENO)
        close(null)
        defer {
            fflush(nil)
            dup2(saved, STDERR_FILENO)
            close(saved)
        }
        return try body()
    }
}
