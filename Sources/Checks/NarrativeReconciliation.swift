import FoundationEssentials
import Prose
import Records

/// Reconciles each figure of the narrative with the table figure it quotes (`rule: narrative_<kind>`), and each
/// share with the figures it is a share of (`narrative_share…`). A figure no table holds is listed, not checked:
/// `reconciled` says which were.
struct NarrativeReconciliation {
    let document: ArchiveDocument
    let tolerance: RoundingTolerance

    /// The kinds a bare `占比` may be a share of: the section totals the prose quotes before it.
    static let sectionTotals: Set<NarrativeKind> = [
        .incomeTotal, .expenditureTotal, .incomeYearTotal, .expenditureYearTotal, .fiscalIncome,
        .fiscalExpenditure, .generalBudgetExpenditure, .basic, .threePublicTotal, .procurementTotal,
    ]

    /// Adds a check per figure a table holds; returns the indices of those figures.
    @discardableResult
    func run(into list: inout CheckList) -> Set<Int> {
        let figures = document.narrative?.figures ?? []
        let candidates = NarrativeCandidates(document: document)
        var reconciled: Set<Int> = []
        for (index, figure) in figures.enumerated() {
            let checked =
                switch FigureKind(figure.kind) {
                case .quoted(let kind):
                    quote(figure, kind: kind, candidates: candidates.candidates(for: kind), into: &list)
                case .share(of: let base):
                    share(figure, of: base, earlier: figures[..<index], candidates: candidates, into: &list)
                case .shareOfOther, .amountOfShare, nil: false
                }
            if checked { reconciled.insert(index) }
        }
        return reconciled
    }

    /// A quoted figure against the closest table figure it can be; false when no table holds one.
    private func quote(
        _ figure: NarrativeFigure, kind: NarrativeKind, candidates: [NarrativeCandidate],
        into list: inout CheckList
    ) -> Bool {
        // Prose quotes 万元 where a budget's tables print 元: a table figure is compared in the prose's unit.
        let inProse = { (candidate: NarrativeCandidate) -> Decimal in
            candidate.value * MoneyUnit.factor(from: self.unit(of: candidate.table), to: figure.unit)
        }
        guard let best = candidates.min(by: { abs(inProse($0) - figure.value) < abs(inProse($1) - figure.value) })
        else { return false }
        // A figure the prose rounds to its own unit may be off by half of its last printed digit.
        let rescaled = MoneyUnit.factor(from: unit(of: best.table), to: figure.unit) != 1
        let allowed = max(tolerance.forSum(of: best.parts.count), rescaled ? lastDigitUnit(of: figure.value) / 2 : 0)
        list.compare(
            "narrative_\(kind.rawValue)", in: best.table, expected: rounded(inProse(best)), found: figure.value,
            tolerance: allowed,
            what: "narrative page \(figure.page), \(kind.rawValue) quoting \(best.what)")
        return true
    }

    /// A share against the amount quoted before it in the sentence divided by its base. Allowed: one unit of
    /// the share's last printed digit (reports round or cut shares) plus the rounding of the two amounts.
    /// `baseKind` nil: a bare 占比, a share of the nearest section total.
    private func share(
        _ figure: NarrativeFigure, of baseKind: NarrativeKind?, earlier: ArraySlice<NarrativeFigure>,
        candidates: NarrativeCandidates, into list: inout CheckList
    ) -> Bool {
        guard let amount = earlier.last(where: { $0.sentence == figure.sentence && $0.unit == "万元" }) else {
            return false
        }
        let implicit = baseKind == nil
        guard
            let base = earlier.last(where: { other in
                guard other.unit == "万元", other != amount, case .quoted(let kind) = FigureKind(other.kind) else {
                    return false
                }
                return implicit ? Self.sectionTotals.contains(kind) : kind == baseKind
            }),
            case .quoted(let baseFigureKind) = FigureKind(base.kind), base.value > 0
        else { return false }
        let computed = amount.value / base.value * 100
        let allowed =
            lastDigitUnit(of: figure.value)
            + 100 * tolerance.perTerm * (base.value + amount.value) / (base.value * base.value)
        // A bare 占比 names no base: one that does not fit the nearest section total is listed, not failed.
        guard !implicit || abs(computed - figure.value) <= allowed else { return false }
        let table = candidates.candidates(for: baseFigureKind).first?.table
        list.compare(
            "narrative_\(figure.kind)", in: table ?? .incomeExpenditureSummary,
            expected: rounded(computed), found: figure.value, tolerance: rounded(allowed),
            what: "narrative page \(figure.page), \(figure.kind) of \(Amount.text(amount.value)) in "
                + "\(base.kind) \(Amount.text(base.value))")
        return true
    }

    /// The amount unit of a table: its own where it prints one (budgets), else the document's.
    private func unit(of table: TableKind) -> String? {
        document.table(table)?.unit ?? document.document.unit
    }

    /// The last printed digit of a share: 0.01 for `79.24`, 0.1 for `93.1`, 1 for `100`.
    private func lastDigitUnit(of value: Decimal) -> Decimal {
        var unit = Decimal(1)
        for _ in 0..<max(0, -Int(value.exponent)) { unit /= 10 }
        return unit
    }

    private func rounded(_ value: Decimal) -> Decimal {
        value.roundedAwayFromZero(places: 4)
    }
}
