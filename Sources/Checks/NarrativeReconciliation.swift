import Foundation
import Records

/// Reconciles each figure of the narrative with the table figure it quotes (`rule: narrative_<kind>`), and each
/// share with the figures it is a share of (`narrative_share…`). A figure no table holds is listed, not checked.
struct NarrativeReconciliation {
    let document: ArchiveDocument
    let tolerance: RoundingTolerance

    /// The kinds a bare `占比` may be a share of: the section totals the prose quotes before it.
    static let sectionTotals: Set<String> = Set([
        NarrativeKind.incomeTotal, .expenditureTotal, .incomeYearTotal, .expenditureYearTotal, .fiscalIncome,
        .fiscalExpenditure, .generalBudgetExpenditure, .basic, .threePublicTotal, .procurementTotal,
    ].map(\.rawValue))

    func run(into list: inout CheckList) {
        let figures = document.narrative?.figures ?? []
        let candidates = NarrativeCandidates(document: document)
        for (index, figure) in figures.enumerated() {
            if let kind = NarrativeKind(rawValue: figure.kind) {
                quote(figure, kind: kind, candidates: candidates.candidates(for: kind), into: &list)
            } else if figure.kind.hasPrefix(NarrativeReader.share) {
                share(figure, earlier: figures[..<index], candidates: candidates, into: &list)
            }
        }
    }

    /// A quoted figure against the closest table figure it can be.
    private func quote(_ figure: NarrativeFigure, kind: NarrativeKind, candidates: [NarrativeCandidate],
                       into list: inout CheckList) {
        guard let best = candidates.min(by: { abs($0.value - figure.value) < abs($1.value - figure.value) })
        else { return }
        list.compare("narrative_\(kind.rawValue)", in: best.table, expected: best.value, found: figure.value,
                     tolerance: tolerance.forSum(of: best.parts.count),
                     what: "narrative page \(figure.page), \(kind.rawValue) quoting \(best.what)")
    }

    /// A share against the amount quoted before it in the sentence divided by its base. Allowed: one unit of
    /// the share's last printed digit (reports round or cut shares) plus the rounding of the two amounts.
    private func share(_ figure: NarrativeFigure, earlier: ArraySlice<NarrativeFigure>,
                       candidates: NarrativeCandidates, into list: inout CheckList) {
        guard let amount = earlier.last(where: { $0.sentence == figure.sentence && $0.unit == "万元" }) else { return }
        let implicit = figure.kind == NarrativeReader.share
        let baseKind = implicit ? nil : String(figure.kind.dropFirst("share_of_".count))
        guard let base = earlier.last(where: { $0.unit == "万元" && $0 != amount
                && (implicit ? Self.sectionTotals.contains($0.kind) : $0.kind == baseKind) }),
              base.value > 0 else { return }
        let computed = amount.value / base.value * 100
        let allowed = lastDigitUnit(of: figure.value)
            + 100 * tolerance.perTerm * (base.value + amount.value) / (base.value * base.value)
        // A bare 占比 names no base: one that does not fit the nearest section total is listed, not failed.
        guard !implicit || abs(computed - figure.value) <= allowed else { return }
        let table = NarrativeKind(rawValue: base.kind).flatMap { candidates.candidates(for: $0).first?.table }
        list.compare("narrative_\(figure.kind)", in: table ?? .incomeExpenditureSummary,
                     expected: rounded(computed), found: figure.value, tolerance: rounded(allowed),
                     what: "narrative page \(figure.page), \(figure.kind) of \(Amount.text(amount.value)) in "
                        + "\(base.kind) \(Amount.text(base.value))")
    }

    /// The last printed digit of a share: 0.01 for `79.24`, 0.1 for `93.1`, 1 for `100`.
    private func lastDigitUnit(of value: Decimal) -> Decimal {
        var unit = Decimal(1)
        for _ in 0..<max(0, -Int(value.exponent)) { unit /= 10 }
        return unit
    }

    private func rounded(_ value: Decimal) -> Decimal {
        var value = value
        var result = Decimal()
        NSDecimalRound(&result, &value, 4, .plain)
        return result
    }
}
