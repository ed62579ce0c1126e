import ArchiveStore
import Synchronization

/// The daemon's counters, rendered in the Prometheus text format: documents by status, a latency histogram
/// (claim to durable outcome), the queue depth, children that crashed (worker restarts), and faults of the
/// environment with the pause they started.
final class DaemonMetrics: Sendable {
    /// Upper bounds of the latency histogram's buckets, in seconds.
    static let latencyBuckets: [Double] = [0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60]

    private struct State {
        var documents: [IndexEntry.Status: Int] = [:]
        var bucketCounts = [Int](repeating: 0, count: DaemonMetrics.latencyBuckets.count)
        var latencySum = 0.0
        var latencyCount = 0
        var queueDepth = 0
        var childCrashes = 0
        var environmentFaults = 0
        var backoffSeconds = 0.0
    }

    private let state = Mutex(State())

    func record(_ status: IndexEntry.Status, seconds: Double) {
        state.withLock { state in
            state.documents[status, default: 0] += 1
            for (index, bound) in Self.latencyBuckets.enumerated() where seconds <= bound {
                state.bucketCounts[index] += 1
            }
            state.latencySum += seconds
            state.latencyCount += 1
        }
    }

    /// Files ready in the inbox plus claims in flight.
    func setQueueDepth(_ depth: Int) {
        state.withLock { $0.queueDepth = depth }
    }

    /// The archive or the inbox could not be written; no file is started for `pause`.
    func environmentFault(pause: Duration) {
        state.withLock { state in
            state.environmentFaults += 1
            state.backoffSeconds = pause.seconds
        }
    }

    /// The pause after environment faults is over (or none is on).
    func setBackoff(_ seconds: Double) {
        state.withLock { $0.backoffSeconds = seconds }
    }

    func childCrashed() {
        state.withLock { $0.childCrashes += 1 }
    }

    /// The metrics as a Prometheus text exposition (version 0.0.4).
    func exposition() -> String {
        let state = state.withLock { $0 }
        var text = """
            # HELP juesuan_documents_total Files taken from the inbox, by outcome.
            # TYPE juesuan_documents_total counter

            """
        let statuses: [IndexEntry.Status] = [.ok, .review, .partial, .unrecognized, .duplicate, .rejected]
        for status in statuses {
            text += "juesuan_documents_total{status=\"\(status.rawValue)\"} \(state.documents[status] ?? 0)\n"
        }
        text += """
            # HELP juesuan_document_seconds Time from claiming a file to its durable outcome.
            # TYPE juesuan_document_seconds histogram

            """
        for (bound, count) in zip(Self.latencyBuckets, state.bucketCounts) {
            text += "juesuan_document_seconds_bucket{le=\"\(bound)\"} \(count)\n"
        }
        text += """
            juesuan_document_seconds_bucket{le="+Inf"} \(state.latencyCount)
            juesuan_document_seconds_sum \(state.latencySum)
            juesuan_document_seconds_count \(state.latencyCount)
            # HELP juesuan_queue_depth Files ready in the inbox or being processed.
            # TYPE juesuan_queue_depth gauge
            juesuan_queue_depth \(state.queueDepth)
            # HELP juesuan_worker_restarts_total Extractor children that crashed (each file gets a new child).
            # TYPE juesuan_worker_restarts_total counter
            juesuan_worker_restarts_total \(state.childCrashes)
            # HELP juesuan_environment_faults_total Writes that failed because the archive or the inbox was full or unwritable (files stay claimed).
            # TYPE juesuan_environment_faults_total counter
            juesuan_environment_faults_total \(state.environmentFaults)
            # HELP juesuan_backoff_seconds The pause before files are started again after an environment fault (0: none).
            # TYPE juesuan_backoff_seconds gauge
            juesuan_backoff_seconds \(state.backoffSeconds)

            """
        return text
    }
}
