import FoundationEssentials
import Glibc
import Ingest

/// The extractor's memory limit (RLIMIT_AS), set by the child on itself once loaded, so that it bounds reading the
/// file and not loading the binary. An allocation that fails under it ends in the allocator's abort (poppler,
/// GLib, C++ `new`, Swift's runtime); that fatal signal arrives with errno ENOMEM, and the child then writes its
/// prepared `memory_limit` report and exits 65 instead of dying of the signal.
enum MemoryLimit {
    /// The signals an allocator's failure path ends in: abort(3), traps, and a dereferenced null pointer.
    static let fatalSignals = [SIGABRT, SIGILL, SIGTRAP, SIGSEGV, SIGBUS]

    /// Prepares the report, installs the handlers, then sets the limit. Reading may lower stderr to /dev/null
    /// (poppler's diagnostics), so the report goes to a copy of stderr made now.
    static func apply(bytes: Int, report: ExtractorFailure) {
        let line = report.line
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: line.count, alignment: 1)
        buffer.copyBytes(from: line)
        prepared = Prepared(
            stderr: dup(STDERR_FILENO), line: UnsafeRawBufferPointer(buffer), status: ExtractorFailure.exitStatus)
        var action = sigaction()
        action.__sigaction_handler.sa_handler = onFatalSignal
        sigemptyset(&action.sa_mask)
        for signal in fatalSignals { sigaction(signal, &action, nil) }
        var limit = rlimit(rlim_cur: rlim_t(bytes), rlim_max: rlim_t(bytes))
        setrlimit(__rlimit_resource_t(RLIMIT_AS.rawValue), &limit)
    }

    /// Writes the prepared report and exits 65; does nothing when no limit was applied.
    static func reportExhaustion() {
        guard let prepared else { return }
        _ = write(prepared.stderr, prepared.line.baseAddress, prepared.line.count)
        _exit(prepared.status)
    }

    /// What the handler writes, made before the limit: a handler may not allocate.
    fileprivate struct Prepared {
        var stderr: Int32
        var line: UnsafeRawBufferPointer
        var status: Int32
    }

    nonisolated(unsafe) fileprivate static var prepared: Prepared?
}

/// Out of memory: the report and exit 65. Anything else: the signal's own default (a crash the daemon records).
private func onFatalSignal(_ signal: Int32) {
    if errno == ENOMEM { MemoryLimit.reportExhaustion() }
    Glibc.signal(signal, SIG_DFL)
    raise(signal)
}
