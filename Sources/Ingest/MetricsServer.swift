import ArchiveStore
import FoundationEssentials
import Glibc
import Logging

/// A minimal HTTP/1.0 endpoint for Prometheus: any GET is answered with the metrics, then the connection closes.
struct MetricsServer: Sendable {
    let address: MetricsAddress
    let metrics: DaemonMetrics
    let logger: Logger

    /// Binds the address and serves on a thread of its own.
    func start() throws(SystemCallError) {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue | SOCK_CLOEXEC.rawValue), 0)
        if fd < 0 { throw SystemCallError("socket", path: address.description) }
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var socketAddress = sockaddr_in()
        socketAddress.sin_family = sa_family_t(AF_INET)
        socketAddress.sin_port = address.port.bigEndian
        guard inet_pton(AF_INET, address.host, &socketAddress.sin_addr) == 1 else {
            close(fd)
            throw SystemCallError("inet_pton (an IPv4 address is expected)", path: address.description, code: EINVAL)
        }
        let bound = withUnsafePointer(to: &socketAddress) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard bound == 0, listen(fd, 16) == 0 else {
            let error = SystemCallError("bind", path: address.description)
            close(fd)
            throw error
        }
        NamedThread.start("metrics") { serve(fd) }
        logger.info("serving metrics", metadata: ["address": "\(address)"])
    }

    private func serve(_ listener: Int32) {
        while true {
            let connection = accept(listener, nil, nil)
            if connection < 0 { continue }
            var request = [UInt8](repeating: 0, count: 4096)
            _ = request.withUnsafeMutableBytes { read(connection, $0.baseAddress, $0.count) }
            let body = Data(metrics.exposition().utf8)
            let head =
                "HTTP/1.0 200 OK\r\nContent-Type: text/plain; version=0.0.4\r\nContent-Length: \(body.count)\r\n\r\n"
            _ = try? Posix.writeAll(connection, Data(head.utf8) + body, path: "(metrics connection)")
            close(connection)
        }
    }
}
