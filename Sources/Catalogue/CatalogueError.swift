/// A catalogue file that cannot be read: names the line and what is wrong with it.
public struct CatalogueError: Error, Sendable, Hashable, CustomStringConvertible {
    /// 1-based line of the catalogue file.
    public var line: Int
    public var reason: String

    public init(line: Int, reason: String) {
        self.line = line
        self.reason = reason
    }

    public var description: String { "catalogue line \(line): \(reason)" }
}
