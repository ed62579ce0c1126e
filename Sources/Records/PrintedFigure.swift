/// A figure as printed on a page of a table: where the self-census found a number that went to no record.
public struct PrintedFigure: Sendable, Hashable, Codable {
    /// The table whose region on the page holds it.
    public var table: TableKind
    /// 1-based page.
    public var page: Int
    /// The word as printed (`2,697.60`).
    public var text: String

    public init(table: TableKind, page: Int, text: String) {
        self.table = table
        self.page = page
        self.text = text
    }
}
