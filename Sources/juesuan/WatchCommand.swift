import ArgumentParser
import FoundationEssentials
import Ingest
import Logging

/// `juesuan watch`: the daemon. Options are the `WatchSettings`, and default to its defaults.
struct WatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: "Watch an inbox folder and archive every PDF dropped into it as record-model JSON.",
        discussion: """
            Files are taken when complete (closed after writing, or unchanged for the settle interval), claimed by \
            renaming, and read by `juesuan extract` in a child process under time and memory limits. The archive \
            gets one JSON document per PDF beside the PDF, a rejected/ folder with an error note for files that \
            cannot be read, and index.jsonl with one line per file taken. SIGTERM, SIGINT or SIGHUP: stop claiming \
            files, let the claimed ones finish within --grace-seconds (the rest stay claimed for the next start), exit 0. Under systemd (Type=notify) it reports READY=1, WATCHDOG=1 and \
            STOPPING=1.
            """
    )

    /// The service's defaults, which the options start from.
    private static let defaults = WatchSettings(extractor: ownExecutable)

    @Option(help: "The folder to watch (subfolders included).")
    var inbox = WatchCommand.defaults.inbox

    @Option(help: "The archive folder.")
    var archive = WatchCommand.defaults.archive

    @Option(help: "Files processed at once, each in its own child process.")
    var workers = WatchCommand.defaults.workers

    @Flag(help: "Process what is in the inbox, then exit.")
    var once = false

    @Option(help: "Serve Prometheus metrics at HOST:PORT, e.g. 127.0.0.1:9464.")
    var metrics: String?

    @Option(help: "Seconds a file found by a scan must stay unchanged before it is taken.")
    var settleSeconds = WatchCommand.defaults.settleInterval.seconds

    @Option(help: "Seconds a PDF without its %%EOF trailer is waited on after its last change before it is taken.")
    var unfinishedSeconds = WatchCommand.defaults.unfinishedWait.seconds

    @Option(help: "Seconds between full rescans of the inbox (for missed events and network file systems).")
    var rescanSeconds = WatchCommand.defaults.rescanInterval.seconds

    @Option(help: "Wall-clock seconds one child may take for one file.")
    var childTimeout = WatchCommand.defaults.limits.time.seconds

    @Option(help: "CPU seconds one child may use (RLIMIT_CPU).")
    var childCPU = WatchCommand.defaults.limits.cpuSeconds

    @Option(help: "Memory (address space, MiB) one child may use once loaded (RLIMIT_AS).")
    var childMemory = WatchCommand.defaults.limits.memoryBytes >> 20

    @Option(help: "Files larger than this (MiB) are rejected without being parsed or held in memory.")
    var maxFileSize = WatchCommand.defaults.limits.fileBytes >> 20

    @Option(help: "Interrupted runs of one file before it is rejected as poison.")
    var maxAttempts = WatchCommand.defaults.maximumAttempts

    @Option(help: "Longest pause (seconds) before files are started again after the archive was full or unwritable.")
    var maxBackoffSeconds = WatchCommand.defaults.maximumBackoff.seconds

    @Option(
        help:
            "Seconds claimed files may take to finish after SIGTERM; then their children are stopped and the files stay claimed for the next start."
    )
    var graceSeconds = WatchCommand.defaults.shutdownGrace.seconds

    func validate() throws {
        if workers < 1 { throw ValidationError("--workers must be at least 1") }
        if metrics != nil && metricsAddress == nil {
            throw ValidationError("--metrics takes HOST:PORT, e.g. 127.0.0.1:9464")
        }
        if maxAttempts < 1 { throw ValidationError("--max-attempts must be at least 1") }
    }

    func run() throws {
        LoggingSystem.bootstrap { JournalLogHandler(label: $0) }
        let logger = Logger(label: "juesuan.watch")
        do {
            try Daemon(settings: settings, logger: logger).run()
        } catch {
            logger.critical("cannot start: \(error)")
            throw ExitCode.failure
        }
    }

    private var metricsAddress: MetricsAddress? { metrics.flatMap(MetricsAddress.init) }

    private var settings: WatchSettings {
        var settings = Self.defaults
        settings.inbox = inbox
        settings.archive = archive
        settings.workers = workers
        settings.once = once
        settings.metricsAddress = metricsAddress
        settings.settleInterval = .seconds(settleSeconds)
        settings.rescanInterval = .seconds(rescanSeconds)
        settings.unfinishedWait = .seconds(unfinishedSeconds)
        settings.limits.time = .seconds(childTimeout)
        settings.limits.cpuSeconds = childCPU
        settings.limits.memoryBytes = childMemory << 20
        settings.limits.fileBytes = maxFileSize << 20
        settings.maximumAttempts = maxAttempts
        settings.shutdownGrace = .seconds(graceSeconds)
        settings.maximumBackoff = .seconds(maxBackoffSeconds)
        return settings
    }

    /// This binary, which the children run as `juesuan extract`.
    private static var ownExecutable: String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    }
}
