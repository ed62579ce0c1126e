import Glibc

/// Decides when a file in the inbox is complete: when a writer closed it (IN_CLOSE_WRITE) or moved it in
/// (IN_MOVED_TO), or, for files only a scan saw, when its size and mtime stayed the same for the settle interval.
struct SettleTracker {
    /// What a file looked like when first seen in its current state.
    private struct Sighting {
        var size: off_t
        var modified: timespec
        var since: ContinuousClock.Instant
    }

    let settleInterval: Duration
    private var sightings: [InboxPath: Sighting] = [:]
    private var closed: Set<InboxPath> = []

    init(settleInterval: Duration) {
        self.settleInterval = settleInterval
    }

    /// A writer closed `path` or moved it in: it is complete.
    mutating func markClosed(_ path: InboxPath) {
        closed.insert(path)
    }

    /// Looks at `path` as it is now; true when it is complete and may be taken.
    mutating func isSettled(_ path: InboxPath, _ info: stat, now: ContinuousClock.Instant) -> Bool {
        if closed.contains(path) {
            forget(path)
            return true
        }
        if let seen = sightings[path], seen.size == info.st_size, seen.modified.tv_sec == info.st_mtim.tv_sec,
            seen.modified.tv_nsec == info.st_mtim.tv_nsec
        {
            guard now - seen.since >= settleInterval else { return false }
            forget(path)
            return true
        }
        sightings[path] = Sighting(size: info.st_size, modified: info.st_mtim, since: now)
        return false
    }

    /// A settled file turned out not to be finished (held open for writing, or without its trailer): it is taken
    /// once it stays as it is now until `until`.
    mutating func postpone(_ path: InboxPath, _ info: stat, until: ContinuousClock.Instant) {
        closed.remove(path)
        sightings[path] = Sighting(size: info.st_size, modified: info.st_mtim, since: until - settleInterval)
    }

    /// Stops tracking `path` (taken, or gone).
    mutating func forget(_ path: InboxPath) {
        sightings[path] = nil
        closed.remove(path)
    }

    /// Files waiting to settle.
    var settling: [InboxPath] { Array(sightings.keys) }

    /// When the earliest waiting file may have settled.
    var nextDeadline: ContinuousClock.Instant? {
        sightings.values.map { $0.since + settleInterval }.min()
    }
}
