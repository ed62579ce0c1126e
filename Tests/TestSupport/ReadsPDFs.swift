public import Testing

/// Poppler is not thread-safe, not even across documents (they share colour-management state), and every
/// test target runs in one process. Tests and suites with this trait take turns: one at a time reads PDFs.
public struct ReadsPDFs: TestTrait, SuiteTrait, TestScoping {
    public var isRecursive: Bool { true }

    public func provideScope(
        for test: Test, testCase: Test.Case?,
        performing function: @Sendable () async throws -> Void
    ) async throws {
        await Turns.shared.acquire()
        do {
            try await function()
        } catch {
            await Turns.shared.release()
            throw error
        }
        await Turns.shared.release()
    }
}

extension Trait where Self == ReadsPDFs {
    /// The test reads PDFs through poppler in this process: it waits for any other such test to finish.
    public static var readsPDFs: Self { ReadsPDFs() }
}

/// A first-come, first-served lock that suspends instead of blocking a thread.
private actor Turns {
    static let shared = Turns()
    private var taken = false
    private var waiting: [CheckedContinuation<Void, Never>] = []

    func acquire() async {
        guard taken else {
            taken = true
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }

    func release() {
        if waiting.isEmpty { taken = false } else { waiting.removeFirst().resume() }
    }
}
