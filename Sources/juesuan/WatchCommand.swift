import ArgumentParser
import Foundation
import Ingest
import Logging

/// `juesuan watch`: the daemon. Options are the `WatchSettings`; defaults suit a service.
struct WatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: "Watch an inbox folder and archive every PDF dropped into it as record-model JSON.",
        discussion: """
            Files are taken when complete (closed after writing, or unchanged for the settle interval), claimed by \
            renaming, and read by `juesuan extract` in a child process under time and memory limits. The archive \
            gets one JSON document per PDF beside the PDF, a rejected/ folder with an error note for files that \
            cannot be read, and index.jsonl with one line per file taken. SIGTERM or SIGINT: stop taking files, \
            let files in flight finish, exit 0. Under systemd (Type=notify) it reports READY=1, WATCHDOG=1 and \
            STOPPING=1.
            """
    )

    @Option(help: "The folder to watch (subfolders included).")
    var inbox = "./Inbox"

    @Option(help: "The archive folder.")
    var archive = "./Archive"

    @Option(help: "Files processed at once, each in its own child process.")
    var workers = 2

    @Flag(help: "Process what is in the inbox, then exit.")
    var once = false

    @Option(help: "Serve Prometheus metrics at HOST:PORT, e.g. 127.0.0.1:9464.")
    var metrics: String?

    @Option(help: "Seconds a file found by a scan must stay unchanged before it is taken.")
    var settleSeconds = 2.0

    @Option(help: "Seconds between full rescans of the inbox (for missed events and network file systems).")
    var rescanSeconds = 30.0

    @Option(help: "Wall-clock seconds one child may take for one file.")
    var childTimeout = 60.0

    @Option(help: "CPU seconds one child may use (RLIMIT_CPU).")
    var childCPU = 60

    @Option(help: "Memory (address space, MiB) one child may use (RLIMIT_AS).")
    var childMemory = 1024

    @Option(help: "Files larger than this (MiB) are rejected without being parsed or held in memory.")
    var maxFileSize = 200

    @Option(help: "Interrupted runs of one file before it is rejected as poison.")
    var maxAttempts = 3

    @Option(help: "Seconds files in flight may take to finish after SIGTERM.")
    var graceSeconds = 20.0

    func validate() throws {
        if workers < 1 { throw ValidationError("--workers must be at least 1") }
        if metrics != nil && metricsAddress == nil { throw ValidationError("--metrics takes HOST:PORT, e.g. 127.0.0.1:9464") }
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
        var settings = WatchSettings(inbox: inbox, archive: archive, extractor: Self.ownExecutable)
        settings.workers = workers
        settings.once = once
        settings.metricsAddress = metricsAddress
        settings.settleInterval = .seconds(settleSeconds)
        settings.rescanInterval = .seconds(rescanSeconds)
        settings.limits.time = .seconds(childTimeout)
        settings.limits.cpuSeconds = childCPU
        settings.limits.memoryBytes = childMemory << 20
        settings.limits.fileBytes = maxFileSize << 20
        settings.maximumAttempts = maxAttempts
        settings.shutdownGrace = .seconds(graceSeconds)
        return settings
    }

    /// This binary, which the children run as `juesuan extract`.
    private static var ownExecutable: String {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
    }
}
