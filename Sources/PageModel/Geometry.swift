/// A rectangle in PDF points. The origin is the top-left corner of the upright page; y grows downwards.
public struct Box: Sendable, Hashable, Codable {
    public var x0: Double
    public var y0: Double
    public var x1: Double
    public var y1: Double

    public init(x0: Double, y0: Double, x1: Double, y1: Double) {
        self.x0 = x0
        self.y0 = y0
        self.x1 = x1
        self.y1 = y1
    }

    public var width: Double { x1 - x0 }
    public var height: Double { y1 - y0 }
    public var midX: Double { (x0 + x1) / 2 }
    public var midY: Double { (y0 + y1) / 2 }

    /// The smallest box holding both.
    public func union(_ other: Box) -> Box {
        Box(x0: min(x0, other.x0), y0: min(y0, other.y0), x1: max(x1, other.x1), y1: max(y1, other.y1))
    }

    /// Length of the overlap of the two x-ranges (0 when they are apart).
    public func horizontalOverlap(_ other: Box) -> Double {
        max(0, min(x1, other.x1) - max(x0, other.x0))
    }

    /// Whether this box sits on a lower line than `other`: its middle at least `distance` further down.
    /// Middles, not edges, because some producers give glyph boxes much taller than the text.
    public func isBelow(_ other: Box, by distance: Double) -> Bool {
        midY - other.midY >= distance
    }

    /// Length of the overlap of the two y-ranges (0 when they are apart).
    public func verticalOverlap(_ other: Box) -> Double {
        max(0, min(y1, other.y1) - max(y0, other.y0))
    }
}
