import Foundation
import Glibc
import Testing
import TestSupport

extension DaemonTests {
    @Suite struct Systemd {
        @Test("READY=1 after recovery, WATCHDOG=1 pings, STOPPING=1 on SIGTERM, over a real NOTIFY_SOCKET")
        func notifyProtocol() async throws {
            let harness = try DaemonHarness()
            let socketPath = harness.folder.appendingPathComponent("notify.sock").path
            let listener = try NotifyListener(path: socketPath)
            let daemon = try harness.start([], environment: ["NOTIFY_SOCKET": socketPath, "WATCHDOG_USEC": "400000"])
            let ready = listener.receive(until: { $0.contains("READY=1") }, timeout: 10)
            let pings = listener.receive(until: { $0.filter { $0 == "WATCHDOG=1" }.count >= 3 }, timeout: 5)
            daemon.terminate()
            let stopping = listener.receive(until: { $0.contains("STOPPING=1") }, timeout: 10)
            daemon.waitUntilExit()

            #expect(ready.contains("READY=1"))
            #expect(pings.filter { $0 == "WATCHDOG=1" }.count >= 3)
            #expect(pings.contains { $0.hasPrefix("STATUS=") })
            #expect(stopping.contains("STOPPING=1"))
            #expect(daemon.terminationStatus == 0)
        }

        @Test("systemd-analyze verify accepts the unit")
        func unitVerifies() throws {
            let unit = try String(
                contentsOf: Corpus.root.appendingPathComponent("systemd/juesuan.service"), encoding: .utf8)
            let folder = try Corpus.temporaryFolder()
            defer { try? FileManager.default.removeItem(at: folder) }
            // The unit names the installed binary; here it is the one just built.
            let local = unit.replacingOccurrences(of: "/usr/local/bin/juesuan", with: Binary.juesuan)
            let path = folder.appendingPathComponent("juesuan.service")
            try local.write(to: path, atomically: true, encoding: .utf8)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/systemd-analyze")
            process.arguments = ["verify", path.path]
            let errors = Pipe()
            process.standardError = errors
            try process.run()
            let output = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "\(output)")
            #expect(!output.contains("juesuan.service:"), "\(output)")
        }
    }
}

/// A datagram socket standing in for systemd's notify socket.
private final class NotifyListener {
    private let fd: Int32

    init(path: String) throws {
        fd = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue), 0)
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        withUnsafeMutableBytes(of: &address.sun_path) { $0.copyBytes(from: bytes) }
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
            }
        }
        if bound != 0 { throw POSIXError(.EADDRINUSE) }
    }

    deinit {
        close(fd)
    }

    /// Messages received until `done` holds for all of them (or `timeout` seconds pass).
    func receive(until done: ([String]) -> Bool, timeout: Double) -> [String] {
        var messages: [String] = []
        let deadline = Date().addingTimeInterval(timeout)
        var buffer = [UInt8](repeating: 0, count: 4096)
        while !done(messages) && Date() < deadline {
            var poller = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            guard poll(&poller, 1, 100) > 0 else { continue }
            let count = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if count > 0 {
                messages += String(decoding: buffer[..<count], as: UTF8.self).split(separator: "\n").map(String.init)
            }
        }
        return messages
    }
}
