import ArchiveStore
import Foundation
import Glibc
import Testing

extension DaemonTests {
    /// Issue #19, case 7: SIGHUP, and children that never outlive the daemon.
    @Suite struct Signals {
        /// The processes whose parent is `pid` (from /proc/*/stat).
        static func children(of pid: pid_t) -> [pid_t] {
            let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
            return entries.compactMap { name -> pid_t? in
                guard let child = pid_t(name),
                    let stat = try? String(contentsOfFile: "/proc/\(name)/stat", encoding: .utf8),
                    let close = stat.lastIndex(of: ")")
                else { return nil }
                let fields = stat[stat.index(after: close)...].split(separator: " ")
                return fields.count > 2 && pid_t(fields[1]) == pid ? child : nil
            }
        }

        /// Whether `pid` still runs (a zombie waiting for its reaper does not).
        static func isRunning(_ pid: pid_t) -> Bool {
            guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
                let close = stat.lastIndex(of: ")")
            else { return false }
            return !stat[stat.index(after: close)...].hasPrefix(" Z")
        }

        @Test(
            "case 7: SIGHUP stops the daemon gracefully: logged, the claimed file finishes, no attempt used up, exit 0")
        func hangUp() async throws {
            let harness = try DaemonHarness()
            let daemon = try harness.start(["--workers", "1", "--grace-seconds", "600"])
            try await harness.dropAndAwaitClaim(TestPDFs.long, as: "long.pdf")
            kill(daemon.processIdentifier, SIGHUP)
            // A daemon that inherited SIGHUP ignored and does not handle it would never stop: give it 60 s.
            let deadline = ContinuousClock.now + .seconds(60)
            while daemon.isRunning && ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(20)) }
            #expect(!daemon.isRunning, "SIGHUP did not stop the daemon")
            if daemon.isRunning { harness.killGroup(daemon) }
            daemon.waitUntilExit()

            #expect(daemon.terminationReason == .exit && daemon.terminationStatus == 0)
            #expect(harness.log.contains("signal=SIGHUP"))
            #expect(harness.entries().count == 1 && harness.entries().first?.status.isArchived == true)
            #expect(harness.claimsLeft.isEmpty)
        }

        @Test("case 7: a child dies with its daemon, even when the daemon alone is killed with SIGKILL")
        func childDiesWithDaemon() async throws {
            let harness = try DaemonHarness()
            let daemon = try harness.start(["--workers", "1"])
            try await harness.dropAndAwaitClaim(TestPDFs.long, as: "long.pdf")
            var children: [pid_t] = []
            let deadline = ContinuousClock.now + .seconds(10)
            while children.isEmpty && ContinuousClock.now < deadline {
                children = Self.children(of: daemon.processIdentifier)
                try await Task.sleep(for: .milliseconds(5))
            }
            let child = try #require(children.first, "the extractor child")
            #expect(getpgid(child) == child, "the child leads a process group of its own")
            kill(daemon.processIdentifier, SIGKILL)
            daemon.waitUntilExit()
            let gone = ContinuousClock.now + .seconds(5)
            while Self.isRunning(child) && ContinuousClock.now < gone { try await Task.sleep(for: .milliseconds(10)) }
            #expect(!Self.isRunning(child), "no orphan extractor")
            #expect(harness.claimsLeft.count == 1)
            #expect(try harness.runOnce() == 0)
            #expect(harness.entries().count == 1 && harness.entries().first?.status.isArchived == true)
        }
    }
}
