import ArchiveStore
import Foundation
import Logging

/// What a worker does with one claim: read it, run the extractor child, commit the outcome to the archive,
/// let go of the claim, and log one line. Same bytes as an archived document: recorded as a duplicate
/// without reading. A claim interrupted too often: rejected as poison without reading.
struct DocumentProcessor: Sendable {
    let store: ArchiveStore
    let work: WorkFolder
    let extractor: ExtractorProcess
    let classifier: RunClassifier
    let maximumAttempts: Int
    let metrics: DaemonMetrics
    let logger: Logger

    /// Processes `claim`; returns false when it was left in the work folder (shutdown, or an archive error).
    func process(_ claim: Claim) -> Bool {
        let started = ContinuousClock.now
        do {
            if let recorded = try store.recorded(claim: claim.id) {
                try work.finish(claim)
                log(recorded, started: started)
                return true
            }
            let source = try read(claim)
            var current = claim
            guard let outcome = try outcome(for: &current, source: source) else {
                logger.notice("stopped by shutdown; the claim is taken up again at the next start",
                              metadata: ["file": "\(claim.sourceName)"])
                return false
            }
            let entry = try store.commit(outcome, of: source)
            try work.finish(current)
            log(entry, started: started, outcome: outcome)
            return true
        } catch {
            logger.error("could not process; the file stays claimed and is tried again at the next rescan",
                         metadata: ["file": "\(claim.sourceName)", "error": "\(error)"])
            return false
        }
    }

    /// The claimed file: read into memory, or only hashed in chunks when it is over the size limit (a file of
    /// any size is rejected without the daemon ever holding it).
    private func read(_ claim: Claim) throws -> SourceFile {
        let size = try Posix.status(claim.path).map { Int($0.st_size) } ?? 0
        if size > extractor.limits.fileBytes {
            return try SourceFile(name: claim.sourceName, unreadFileAt: claim.path, claim: claim.id)
        }
        return SourceFile(name: claim.sourceName, bytes: try Data(contentsOf: URL(fileURLWithPath: claim.path)), claim: claim.id)
    }

    /// Decides what `source` becomes, running the extractor if need be (which counts an attempt on `claim`).
    /// Nil when shutdown stopped the child.
    private func outcome(for claim: inout Claim, source: SourceFile) throws -> Outcome? {
        if let original = try store.archivedEntry(sha256: source.sha256) { return .duplicate(of: original) }
        if claim.attempts >= maximumAttempts { return .rejected(Rejections.interrupted(attempts: claim.attempts)) }
        if source.size > extractor.limits.fileBytes {
            return .rejected(Rejections.tooLarge(bytes: source.size, limit: extractor.limits.fileBytes))
        }
        claim = try work.startAttempt(claim)
        let run = try extractor.run(claim.path, sourceName: claim.sourceName)
        if case .signalled = run.ending { metrics.childCrashed() }
        return classifier.outcome(of: run)
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
        case .ok, .partial, .unrecognized: logger.info("archived", metadata: metadata)
        case .duplicate: logger.info("duplicate", metadata: metadata)
        case .rejected: logger.warning("rejected", metadata: metadata)
        }
    }
}
