/// Where the Prometheus endpoint listens: an IPv4 address and a port, `127.0.0.1:9464`.
public struct MetricsAddress: Sendable, Hashable, CustomStringConvertible {
    public var host: String
    public var port: UInt16

    /// Parses `HOST:PORT`; nil when it is not of that form.
    public init?(_ text: String) {
        guard let colon = text.lastIndex(of: ":"), let port = UInt16(text[text.index(after: colon)...]) else {
            return nil
        }
        host = String(text[..<colon])
        self.port = port
        if host.isEmpty { return nil }
    }

    public var description: String { "\(host):\(port)" }
}
