/// One code of the catalogue, with its name and the fiscal years it holds for.
public struct CatalogueEntry: Sendable, Hashable {
    public var classification: Classification
    /// The code in full, e.g. `2010301` or `30101`.
    public var code: String
    /// The name as the classification prints it.
    public var name: String
    /// First fiscal year the entry holds for.
    public var firstYear: Int
    /// Last fiscal year it holds for; nil while still in force.
    public var lastYear: Int?

    public init(classification: Classification, code: String, name: String, firstYear: Int, lastYear: Int? = nil) {
        self.classification = classification
        self.code = code
        self.name = name
        self.firstYear = firstYear
        self.lastYear = lastYear
    }

    /// Whether the entry holds for `year`; any entry holds when the year is not known.
    public func holds(in year: Int?) -> Bool {
        guard let year else { return true }
        return year >= firstYear && year <= (lastYear ?? .max)
    }
}
