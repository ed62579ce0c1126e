import ArchiveStore
import FoundationEssentials
import Glibc
public import Logging

/// `juesuan watch`: recovers what a crash left, then watches the inbox (inotify plus periodic rescans), claims
/// complete files as workers become free, and runs each through an extractor child into the archive, until
/// SIGTERM, SIGINT or SIGHUP (or, with `once`, until the inbox is empty). The supervisor is this one thread; workers
/// and children do the reading.
public final class Daemon {
    private let settings: WatchSettings
    private let logger: Logger
    private let notifier = SystemdNotifier()
    private let store: ArchiveStore
    private let work: WorkFolder
    private let wake: WakePipe
    private let queue = WorkQueue()
    private let children = ChildRegistry()
    private let metrics = DaemonMetrics()
    private let backoff: FaultBackoff
    private let pool: WorkerPool
    private let scanner: InboxScanner
    private let watcher: InotifyWatcher?
    private var tracker: SettleTracker
    private let completion: Completion
    /// Entries of the inbox to take, oldest first, waiting for a free worker: complete files, and entries that
    /// are no file (links, FIFOs, …), which are taken at once to be rejected as what they are.
    private var ready: [InboxPath] = []
    /// Claims found in the work folder (left by a crash, adopted, or failed), waiting for a free worker.
    private var leftovers: [Claim] = []
    private var nextRescan = ContinuousClock.now
    /// The end of the pause after an environment fault, while one is on.
    private var paused: ContinuousClock.Instant?
    private var nextWatchdog = ContinuousClock.now

    /// Opens the archive and the inbox, and recovers: repairs the index, removes temporary files, and
    /// adopts the claims of daemons that died. Throws when a folder cannot be used.
    public init(settings: WatchSettings, logger: Logger) throws {
        self.settings = settings
        self.logger = logger
        store = try ArchiveStore(root: settings.archive)
        let recovery = try store.recover()
        if let torn = recovery.tornLine {
            logger.warning(
                "cut a torn last line from the index (a crash during an append); its file is processed again",
                metadata: ["line": "\(String(decoding: torn, as: UTF8.self))"])
        }
        if recovery.blankedTornLines > 0 {
            logger.warning(
                "blanked torn index lines left in front of whole ones (an append that failed half-way)",
                metadata: ["count": "\(recovery.blankedTornLines)"])
        }
        if recovery.unreadableLines > 0 {
            logger.warning(
                "index lines that are not entries were skipped", metadata: ["count": "\(recovery.unreadableLines)"])
        }
        if recovery.leftovers > 0 {
            logger.notice("removed temporary files of interrupted writes", metadata: ["count": "\(recovery.leftovers)"])
        }
        try Posix.makeDirectories(settings.inbox)
        work = try WorkFolder(inbox: settings.inbox)
        let adopted = try work.adoptOrphans()
        if adopted > 0 {
            logger.notice("took up files left claimed by a stopped daemon", metadata: ["count": "\(adopted)"])
        }
        wake = try WakePipe()
        scanner = InboxScanner(inbox: InboxPath(settings.inbox))
        watcher = settings.once ? nil : try InotifyWatcher()
        tracker = SettleTracker(settleInterval: settings.settleInterval)
        completion = Completion(
            unfinishedWait: settings.once ? .zero : settings.unfinishedWait,
            fileBytes: settings.limits.fileBytes)
        let extractor = ExtractorProcess(executable: settings.extractor, limits: settings.limits, children: children)
        backoff = FaultBackoff(maximum: settings.maximumBackoff)
        let processor = DocumentProcessor(
            store: store, work: work, extractor: extractor,
            classifier: RunClassifier(limits: settings.limits),
            maximumAttempts: settings.maximumAttempts, metrics: metrics, backoff: backoff,
            logger: logger)
        pool = WorkerPool(size: settings.workers, queue: queue, processor: processor, wake: wake)
    }

    /// Runs until stopped; returns after a graceful shutdown. No child outlives it: on every way out they are
    /// killed (and each dies with the daemon anyway, by PR_SET_PDEATHSIG).
    public func run() throws {
        defer { children.stopAll() }
        let signals = ShutdownSignals(waking: wake)
        if let address = settings.metricsAddress {
            try MetricsServer(address: address, metrics: metrics, logger: logger).start()
        }
        rescan(initial: true)
        pool.start()
        notifier.ready()
        logger.info(
            "watching",
            metadata: [
                "inbox": "\(settings.inbox)", "archive": "\(settings.archive)",
                "workers": "\(settings.workers)", "once": "\(settings.once)",
            ])
        while !signals.isRequested {
            fill()
            if settings.once && ready.isEmpty && leftovers.isEmpty && queue.inFlight == 0 && paused == nil { break }
            waitForSomething()
            let now = ContinuousClock.now
            if now >= nextRescan { rescan(initial: false) }
            settle(now)
            report(now)
        }
        shutDown(signal: signals.requestedBy)
    }

    /// Hands claims to free workers: leftovers first, then ready files, claimed now. Nothing while a pause after
    /// an environment fault is on; when it ends, the claims left by the fault are collected again (a rescan).
    private func fill() {
        if let until = backoff.pausedUntil {
            paused = until
            return
        }
        if paused != nil {
            paused = nil
            metrics.setBackoff(0)
            rescan(initial: false)
        }
        while queue.inFlight < pool.size {
            if !leftovers.isEmpty {
                queue.push(leftovers.removeFirst())
                continue
            }
            guard !ready.isEmpty else { return }
            let path = ready.removeFirst()
            // A writer may have opened it again while it waited for a worker.
            if let info = path.status(), info.st_mode & S_IFMT == S_IFREG, WriterCheck.isHeldForWriting(path) {
                tracker.postpone(path, info, until: .now + settings.settleInterval)
                continue
            }
            do {
                if let claim = try work.claim(path) { queue.push(claim) }
            } catch {
                logger.error(
                    "cannot claim an entry; it is tried again at the next rescan",
                    metadata: ["file": "\(path)", "error": "\(error)"])
            }
        }
    }

    /// Sleeps in poll(2) until an inotify event, a wake-up (worker done, signal), or the next timer.
    private func waitForSomething() {
        var deadlines = [nextRescan]
        if let paused { deadlines.append(paused) }
        if let settling = tracker.nextDeadline { deadlines.append(settling) }
        if notifier.watchdogInterval != nil { deadlines.append(nextWatchdog) }
        let timeout = max(deadlines.min()! - ContinuousClock.now, .zero)
        var fds = [pollfd(fd: wake.read, events: Int16(POLLIN), revents: 0)]
        if let watcher { fds.append(pollfd(fd: watcher.fd, events: Int16(POLLIN), revents: 0)) }
        _ = poll(&fds, nfds_t(fds.count), Int32(clamping: timeout.milliseconds + 1))
        wake.drain()
        for event in watcher?.read() ?? [] {
            switch event {
            case .completed(let path):
                tracker.markClosed(path)
                consider(path)
            case .created(let path):
                consider(path)
            case .folderAppeared(let path):
                look(into: path)
            case .overflow:
                logger.warning("inotify dropped events; rescanning the inbox")
                rescan(initial: false)
            }
        }
    }

    /// Scans the whole inbox again, and takes up claims left in work folders (this daemon's failed ones,
    /// and those of daemons that died).
    private func rescan(initial: Bool) {
        let listing = look(into: scanner.inbox, initial: initial)
        let present = Set(listing.files.map(\.path))
        for path in tracker.settling where !present.contains(path) { tracker.forget(path) }
        do {
            _ = try work.adoptOrphans()
        } catch {
            logger.error("cannot take up the claims of a stopped daemon", metadata: ["error": "\(error)"])
        }
        let pending = Set(leftovers.map(\.id))
        leftovers += work.claims().filter { !queue.contains($0) && !pending.contains($0.id) }
        nextRescan = ContinuousClock.now + settings.rescanInterval
    }

    /// Watches and scans `folder`; files found are complete once settled (or at once, in `once` mode at start-up).
    @discardableResult
    private func look(into folder: InboxPath, initial: Bool = false) -> InboxScanner.Listing {
        let listing = scanner.scan(folder)
        for folder in listing.folders {
            do {
                try watcher?.watch(folder)
            } catch {
                logger.error(
                    "cannot watch a folder; its files are found by rescans only",
                    metadata: ["folder": "\(folder)", "error": "\(error)"])
            }
        }
        let now = ContinuousClock.now
        for file in listing.files {
            if initial && settings.once { tracker.markClosed(file.path) }
            if tracker.isSettled(file.path, file.info, now: now) { admit(file.path, file.info, now: now) }
        }
        for other in listing.others { makeReady(other) }
        return listing
    }

    /// Looks at one entry again after an event (never through a link): a file may be settled, a folder is
    /// watched and scanned, anything else is taken to be rejected as what it is.
    private func consider(_ path: InboxPath) {
        guard let info = path.status() else {
            tracker.forget(path)
            return
        }
        switch info.st_mode & S_IFMT {
        case S_IFREG:
            if tracker.isSettled(path, info, now: .now) { admit(path, info, now: .now) }
        case S_IFDIR:
            tracker.forget(path)
            look(into: path)
        default:
            tracker.forget(path)
            makeReady(path)
        }
    }

    /// Looks again at files waiting to settle whose interval has passed.
    private func settle(_ now: ContinuousClock.Instant) {
        guard let deadline = tracker.nextDeadline, deadline <= now else { return }
        for path in tracker.settling { consider(path) }
    }

    /// A settled file is taken only when it is finished; one still being written waits (see `Completion`).
    private func admit(_ path: InboxPath, _ info: stat, now: ContinuousClock.Instant) {
        switch completion.verdict(path, info, now: now) {
        case .finished: makeReady(path)
        case .writing: tracker.postpone(path, info, until: now + settings.settleInterval)
        case .unfinished(let until): tracker.postpone(path, info, until: until)
        }
    }

    private func makeReady(_ path: InboxPath) {
        if !ready.contains(path) { ready.append(path) }
    }

    /// The watchdog ping, the status line and the queue-depth gauge.
    private func report(_ now: ContinuousClock.Instant) {
        metrics.setQueueDepth(ready.count + leftovers.count + queue.inFlight)
        guard let interval = notifier.watchdogInterval, now >= nextWatchdog else { return }
        notifier.watchdog()
        notifier.status("\(ready.count + leftovers.count) waiting, \(queue.inFlight) in progress")
        nextWatchdog = now + interval
    }

    /// Stops claiming files; every file already claimed and handed to a worker finishes within the grace period.
    /// Then the children still running are stopped, and their claims, like those not started, stay in the work
    /// folder for the next start. Files not claimed stay in the inbox.
    private func shutDown(signal: String?) {
        notifier.stopping()
        logger.notice(
            "stopping: no new claims; claimed files finish within the grace period, the rest stay claimed for the next start",
            metadata: [
                "in_flight": "\(queue.inFlight)", "grace_s": "\(settings.shutdownGrace.seconds)",
                "signal": "\(signal ?? "none")",
            ])
        queue.close(workers: pool.size)
        let deadline = ContinuousClock.now + settings.shutdownGrace
        var stopped = false
        while pool.active > 0 {
            if !stopped && ContinuousClock.now >= deadline {
                logger.notice(
                    "grace period over: stopping children; their files and those not started are taken up at the next start",
                    metadata: ["in_flight": "\(queue.inFlight)"])
                queue.abandon(workers: pool.size)
                children.stopAll()
                stopped = true
            }
            if let interval = notifier.watchdogInterval, ContinuousClock.now >= nextWatchdog {
                notifier.watchdog()
                nextWatchdog = ContinuousClock.now + interval
            }
            var fds = [pollfd(fd: wake.read, events: Int16(POLLIN), revents: 0)]
            _ = poll(&fds, 1, 100)
            wake.drain()
        }
        work.close()
        logger.info("stopped")
    }
}
