import FoundationEssentials
import Records

/// Collects the checks of one document: each comparison becomes a `Check` with its tolerance and a sentence.
struct CheckList {
    let tolerance: RoundingTolerance
    private(set) var checks: [Check] = []

    init(tolerance: RoundingTolerance) {
        self.tolerance = tolerance
    }

    /// A printed figure against the sum of the printed figures it totals.
    mutating func sum(_ rule: CheckRule, in table: TableKind, found: Decimal, parts: [Decimal], what: String) {
        compare(
            rule, in: table, expected: Amount.sum(parts), found: found,
            tolerance: tolerance.forSum(of: parts.count), what: what)
    }

    /// Two printings of the same figure: they must be equal. A blank on one side counts as nothing (0);
    /// two blanks are not compared.
    mutating func same(_ rule: CheckRule, in table: TableKind, found: Decimal?, expected: Decimal?, what: String) {
        guard found != nil || expected != nil else { return }
        compare(rule, in: table, expected: expected ?? 0, found: found ?? 0, tolerance: 0, what: what)
    }

    /// A count (vehicles): integers, never rounded, so they must add up exactly.
    mutating func count(_ rule: CheckRule, in table: TableKind, found: Decimal, parts: [Decimal], what: String) {
        compare(rule, in: table, expected: Amount.sum(parts), found: found, tolerance: 0, what: what)
    }

    /// Records a comparison made elsewhere (the narrative), with its own tolerance.
    mutating func compare(
        _ rule: String, in table: TableKind, expected: Decimal, found: Decimal,
        tolerance: Decimal, what: String
    ) {
        let difference = found - expected
        let ok = abs(difference) <= tolerance
        let verdict = ok ? "agrees" : "differs by \(Amount.text(difference))"
        let detail =
            "\(what): printed \(Amount.text(found)), expected \(Amount.text(expected)); \(verdict) "
            + "(tolerance \(Amount.text(tolerance)))."
        checks.append(
            Check(
                rule: rule, table: table, ok: ok, expected: expected, found: found,
                tolerance: tolerance, detail: detail))
    }

    private mutating func compare(
        _ rule: CheckRule, in table: TableKind, expected: Decimal, found: Decimal,
        tolerance: Decimal, what: String
    ) {
        compare(rule.rawValue, in: table, expected: expected, found: found, tolerance: tolerance, what: what)
    }
}
