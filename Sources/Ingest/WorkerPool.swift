import FoundationEssentials
import Synchronization

/// The worker threads: each takes the next claim from the queue and processes it, until the queue closes.
/// Threads, not tasks: a worker blocks on its child for as long as the child runs.
final class WorkerPool: Sendable {
    let size: Int
    private let queue: WorkQueue
    private let processor: DocumentProcessor
    private let wake: WakePipe
    private let running = Mutex(0)

    init(size: Int, queue: WorkQueue, processor: DocumentProcessor, wake: WakePipe) {
        self.size = size
        self.queue = queue
        self.processor = processor
        self.wake = wake
    }

    /// Workers still running.
    var active: Int { running.withLock { $0 } }

    func start() {
        running.withLock { $0 = size }
        for index in 0..<size {
            NamedThread.start("worker-\(index + 1)") { [self] in
                while let claim = queue.next() {
                    _ = processor.process(claim)
                    queue.done(claim)
                    wake.wake()
                }
                running.withLock { $0 -= 1 }
                wake.wake()
            }
        }
    }
}
