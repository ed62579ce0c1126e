import ArchiveStore
import FoundationEssentials
import Glibc
import Logging

/// What a worker does with one claim: look at what it holds (never through a link), read it, run the extractor
/// child on the open file, commit the outcome to the archive, let go of the claim, and log one line. Same bytes
/// as an archived document: recorded as a duplicate without reading. A claim interrupted too often: rejected as
/// poison without reading. A link or special file: rejected as what it is, nothing of it read or kept. A folder
/// swapped in for a file: put back into the inbox, where its files are taken one by one.
struct DocumentProcessor: Sendable {
    let store: ArchiveStore
    let work: WorkFolder
    let extractor: ExtractorProcess
    let classifier: RunClassifier
    let maximumAttempts: Int
    let metrics: DaemonMetrics
    let backoff: FaultBackoff
    let logger: Logger

    /// What is to become of a claim.
    private enum Decision {
        /// Commit `outcome` of `source`.
        case commit(SourceFile, Outcome)
        /// A folder that went back into the inbox: nothing to commit.
        case putBack
        /// Shutdown stopped the child: the claim stays.
        case stopped
    }

    /// Processes `claim`; returns false when it was left in the work folder (shutdown, or an archive error).
    func process(_ claim: Claim) -> Bool {
        let started = ContinuousClock.now
        do {
            if let recorded = try store.recorded(claim: claim.id) {
                try work.finish(claim)
                log(recorded, started: started)
                return true
            }
            var current = claim
            switch try decide(&current) {
            case .putBack:
                return true
            case .stopped:
                logger.notice(
                    "stopped by shutdown; the claim is taken up again at the next start",
                    metadata: ["file": "\(claim.sourceName)"])
                return false
            case .commit(let source, let outcome):
                let entry = try store.commit(outcome, of: source)
                try work.finish(current)
                if backoff.succeeded() {
                    logger.notice("the archive and the inbox can be written again; files are taken again")
                }
                log(entry, started: started, outcome: outcome)
                return true
            }
        } catch {
            failed(claim, error)
            return false
        }
    }

    /// Looks at what `claim` holds and decides what becomes of it (running the extractor on a file).
    private func decide(_ claim: inout Claim) throws -> Decision {
        switch try ClaimedEntry(at: claim.entryPath) {
        case .folder:
            let target = try work.putBack(claim)
            logger.notice(
                "a folder was swapped in for a file about to be taken; put back into the inbox, its files are taken one by one",
                metadata: ["folder": "\(target)"])
            return .putBack
        case .other(let what):
            return .commit(
                SourceFile(nothingNamed: claim.sourceName, claim: claim.id), .rejected(Rejections.notAFile(what)))
        case .file(let fd, let info):
            defer { close(fd) }
            let source = try read(claim, fd: fd, info: info)
            guard let outcome = try outcome(for: &claim, source: source, fd: fd) else { return .stopped }
            return .commit(source, outcome)
        }
    }

    /// Logs why `claim` stays claimed; a fault of the environment pauses the starting of files.
    private func failed(_ claim: Claim, _ error: any Error) {
        guard FaultBackoff.isEnvironmental(error) else {
            logger.error(
                "could not process; the file stays claimed and is tried again at the next rescan",
                metadata: ["file": "\(claim.sourceName)", "error": "\(error)"])
            return
        }
        let pause = backoff.failed()
        metrics.environmentFault(pause: pause)
        logger.error(
            "cannot write (the archive or the inbox is full or unwritable); the file stays claimed, nothing is rejected, no file is started for a while",
            metadata: ["file": "\(claim.sourceName)", "error": "\(error)", "retry_s": "\(pause.seconds)"])
    }

    /// The claimed file, from its open descriptor: read into memory, or only hashed in chunks when it is over the
    /// size limit (a file of any size is rejected without the daemon ever holding it). A large file with other
    /// hard links is first copied into the claim (hashed as copied), so that what is kept is never a link to a
    /// file outside the inbox.
    private func read(_ claim: Claim, fd: Int32, info: stat) throws -> SourceFile {
        guard Int(info.st_size) > extractor.limits.fileBytes else {
            var bytes = Data(capacity: Int(info.st_size))
            try Posix.forEachChunk(ofDescriptor: fd, path: claim.entryPath) { bytes.append(contentsOf: $0) }
            return SourceFile(name: claim.sourceName, bytes: bytes, claim: claim.id)
        }
        guard info.st_nlink > 1 else {
            return try SourceFile(name: claim.sourceName, unreadFileAt: claim.entryPath, claim: claim.id)
        }
        let copy = "\(claim.path)/\(Claim.copyName)"
        let target = try Posix.open(copy, O_WRONLY | O_CREAT | O_TRUNC, mode: 0o600)
        defer { close(target) }
        try Posix.forEachChunk(ofDescriptor: fd, path: claim.entryPath) { (chunk) throws(SystemCallError) in
            try Posix.writeAll(target, chunk, path: copy)
        }
        try Posix.fsync(target, path: copy)
        return try SourceFile(name: claim.sourceName, unreadFileAt: copy, claim: claim.id)
    }

    /// Decides what `source` becomes, running the extractor on the open file `fd` if need be (which counts an
    /// attempt on `claim`). Nil when shutdown stopped the child.
    private func outcome(for claim: inout Claim, source: SourceFile, fd: Int32) throws -> Outcome? {
        if let original = try store.archivedEntry(sha256: source.sha256) { return .duplicate(of: original) }
        if claim.attempts >= maximumAttempts { return .rejected(Rejections.interrupted(attempts: claim.attempts)) }
        if source.size > extractor.limits.fileBytes {
            return .rejected(Rejections.tooLarge(bytes: source.size, limit: extractor.limits.fileBytes))
        }
        claim = try work.startAttempt(claim)
        let run = try extractor.run(fd, sourceName: claim.sourceName)
        if case .signalled = run.ending { metrics.childCrashed() }
        guard let outcome = classifier.outcome(of: run) else { return nil }
        // The child ended on its own: whatever happens to the outcome now (a full archive), this run was no
        // interruption, and must not bring the file closer to a rejection as poison.
        claim = try work.endAttempt(claim)
        return outcome
    }

    private func log(_ entry: IndexEntry, started: ContinuousClock.Instant, outcome: Outcome? = nil) {
        let elapsed = ContinuousClock.now - started
        metrics.record(entry.status, seconds: elapsed.seconds)
        var metadata: Logger.Metadata = [
            "file": "\(entry.sourceName)", "sha256": "\(entry.sha256.prefix(12))", "status": "\(entry.status.rawValue)",
            "ms": "\(elapsed.milliseconds)", "json": "\(entry.json)",
        ]
        if case .document(let document, _) = outcome {
            metadata["tables"] = "\(document.tables)"
            metadata["failed_checks"] = "\(document.failedChecks)"
        }
        if let reason = entry.reason { metadata["reason"] = "\(reason)" }
        switch entry.status {
        case .ok, .review, .partial, .unrecognized: logger.info("archived", metadata: metadata)
        case .duplicate: logger.info("duplicate", metadata: metadata)
        case .rejected: logger.warning("rejected", metadata: metadata)
        }
    }
}
