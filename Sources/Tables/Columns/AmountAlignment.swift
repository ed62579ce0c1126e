import PageModel
import PrintedText

/// How a table body prints its amounts in their cells. Most reports right-align them; numbers stored as text in
/// a spreadsheet print left-aligned. A short amount then lies wholly between two header middles either way, and
/// only the alignment says which of the two columns it belongs to.
enum AmountAlignment: Sendable {
    case right, left

    /// The alignment a body's amounts show: amounts that share a left edge but end apart (different
    /// lengths) are left-aligned, amounts that share a right edge but start apart are right-aligned; the more
    /// such pairs wins. Nil when the body shows neither (no amounts, or all of one length).
    static func shown(byAmounts unsorted: [Word], settings: SegmentationSettings) -> AmountAlignment? {
        let amounts = unsorted.sorted { $0.box.x0 < $1.box.x0 }
        var left = 0, right = 0
        for (index, amount) in amounts.enumerated() {
            let tolerance = settings.alignmentTolerance * amount.fontSize
            // Only amounts that overlap can stand in one column.
            for other in amounts[(index + 1)...] {
                guard other.box.x0 <= amount.box.x1 else { break }
                let sameStart = abs(other.box.x0 - amount.box.x0) <= tolerance
                let sameEnd = abs(other.box.x1 - amount.box.x1) <= tolerance
                if sameStart && !sameEnd { left += 1 }
                if sameEnd && !sameStart { right += 1 }
            }
        }
        if left == right { return nil }
        return left > right ? .left : .right
    }
}
