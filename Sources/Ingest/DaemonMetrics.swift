import ArchiveStore
import Synchronization

/// The daemon's counters, rendered in the Prometheus text format: documents by status, a latency histogram
/// (claim to durable outcome), the queue depth, and children that crashed (worker restarts).
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
    }

    private let state = Mutex(State())

    func record(_ status: IndexEntry.Status, seconds: Double) {
        state.withLock { state in
            state.documents[status, default: 0] += 1
            for (index, bound) in Self.latencyBuckets.enumerated() where seconds <= bound { state.bucketCounts[index] += 1 }
            state.latencySum += seconds
            state.latencyCount += 1
        }
    }

    /// Files ready in the inbox plus claims in flight.
    func setQueueDepth(_ depth: Int) {
        state.withLock { $0.queueDepth = depth }
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
        let statuses: [IndexEntry.Status] = [.ok, .partial, .unrecognized, .duplicate, .rejected]
        for status in statuses { text += "juesuan_documents_total{status=\"\(status.rawValue)\"} \(state.documents[status] ?? 0)\n" }
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

            """
        return text
    }
}
