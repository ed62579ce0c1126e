/// Everything `juesuan watch` can be tuned by, with the defaults a service should run with (written here only;
/// the command line's defaults are these).
public struct WatchSettings: Sendable {
    /// The folder people and scanners drop PDFs into (subfolders included).
    public var inbox: String
    /// The folder of documents, rejected files and `index.jsonl`.
    public var archive: String
    /// The `juesuan` binary whose `extract` runs in each child.
    public var extractor: String
    /// Files processed at once, each in its own child process.
    public var workers = 2
    /// Process what is in the inbox, then exit (no watching).
    public var once = false
    /// A file found by a scan (no close event seen) is taken once its size and mtime stayed the same this long.
    public var settleInterval: Duration = .seconds(2)
    /// A settled PDF without its trailer (`%%EOF`) is waited on until it has not changed for this long (a writer
    /// that closes and reopens it); then it is taken, and rejected as damaged if it is. Not in `once` mode.
    public var unfinishedWait: Duration = .seconds(120)
    /// How often the whole inbox is scanned again, for missed events and network file systems that send none.
    public var rescanInterval: Duration = .seconds(30)
    /// What one child may use.
    public var limits = ChildLimits()
    /// Runs of one file that may be interrupted (the daemon killed while its child ran) before the file is
    /// rejected as poison instead of tried again.
    public var maximumAttempts = 3
    /// After a fault of the environment (archive full or unwritable), no file is started for 1 s, doubling with
    /// each fault in a row up to this.
    public var maximumBackoff: Duration = .seconds(60)
    /// On SIGTERM, how long files in flight may finish before their children are stopped and their claims left
    /// for the next start.
    public var shutdownGrace: Duration = .seconds(20)
    /// Where to serve Prometheus metrics (`127.0.0.1:9464`), if anywhere.
    public var metricsAddress: MetricsAddress?

    public init(inbox: String = "./Inbox", archive: String = "./Archive", extractor: String) {
        self.inbox = inbox
        self.archive = archive
        self.extractor = extractor
    }
}

/// The limits of one `juesuan extract` child. A child that exceeds one is killed and its file rejected.
public struct ChildLimits: Sendable {
    /// Wall-clock time for one file.
    public var time: Duration = .seconds(60)
    /// CPU seconds for one file (RLIMIT_CPU).
    public var cpuSeconds = 60
    /// Address space of the child in bytes (RLIMIT_AS); a 50-page report needs about 200 MB.
    public var memoryBytes = 1 << 30
    /// Larger files are rejected without being read.
    public var fileBytes = 200 << 20

    public init() {}
}
