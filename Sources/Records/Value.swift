public import FoundationEssentials

/// A cell value of a record: printed text, or a number kept exactly as printed (no binary floating point).
public enum Value: Sendable, Hashable, Codable, CustomStringConvertible {
    case text(String)
    case number(Decimal)
    /// Figures keyed by their printed header (`extra`: columns the record model does not name).
    case figures([String: Decimal])

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let text = try? container.decode(String.self) {
            self = .text(text)
        } else if let figures = try? container.decode([String: Decimal].self) {
            self = .figures(figures)
        } else {
            self = .number(try container.decode(Decimal.self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .text(let text): try container.encode(text)
        case .number(let number): try container.encode(number)
        case .figures(let figures): try container.encode(figures)
        }
    }

    public var text: String? {
        if case .text(let text) = self { return text }
        return nil
    }

    /// The figures of `extra`, keyed by printed header.
    public var figures: [String: Decimal]? {
        if case .figures(let figures) = self { return figures }
        return nil
    }

    public var number: Decimal? {
        if case .number(let number) = self { return number }
        return nil
    }

    public var description: String {
        switch self {
        case .text(let text): text
        case .number(let number): "\(number)"
        case .figures(let figures): figures.keys.sorted().map { "\($0): \(figures[$0]!)" }.joined(separator: ", ")
        }
    }
}

extension Value: ExpressibleByStringLiteral {
    public init(stringLiteral value: String) { self = .text(value) }
}
