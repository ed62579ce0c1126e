public import Catalogue
import Prose
public import Records

/// Validates a record-model document: the arithmetic of each table, the figures shared across tables, and the
/// figures of its narrative. Pure: a document in, checks out.
public struct Validation: Sendable {
    public var tolerance: RoundingTolerance
    public var catalogue: CodeCatalogue

    public init(tolerance: RoundingTolerance = .standard, catalogue: CodeCatalogue = .standard) {
        self.tolerance = tolerance
        self.catalogue = catalogue
    }

    /// The checks of the document's tables, within each table and across tables, in that order.
    public func tableChecks(of document: ArchiveDocument) -> [Check] {
        var list = CheckList(tolerance: tolerance)
        let classes = ClassMatching(catalogue: catalogue, year: document.document.year)
        HierarchyChecks(document: document).run(into: &list)
        BasicExpenditureChecks(document: document).run(into: &list)
        ThreePublicChecks(document: document).run(into: &list)
        SummaryChecks(document: document).run(into: &list)
        StatisticsChecks(document: document).run(into: &list)
        SummaryCrossChecks(document: document, classes: classes).run(into: &list)
        FiscalCrossChecks(document: document, classes: classes).run(into: &list)
        return list.checks
    }

    /// The document with `checks` filled (its tables', then its narrative figures reconciled with the tables),
    /// the catalogue's diagnostics added to its warnings, and its status judged by the checks: a document whose
    /// figures are all read is `ok` when every check passes, `review` when one fails.
    public func validated(_ document: ArchiveDocument) -> ArchiveDocument {
        var result = document
        var list = CheckList(tolerance: tolerance)
        NarrativeReconciliation(document: document, tolerance: tolerance).run(into: &list)
        result.checks = tableChecks(of: document) + list.checks
        result.report(diagnostics(of: document))
        if [.ok, .review].contains(result.document.status) {
            result.document.status = result.checks.allSatisfy(\.ok) ? .ok : .review
        }
        return result
    }

    /// The narrative figures no table holds: listed, not checked (the amounts read only for a share left out).
    public func unreconciledFigures(of document: ArchiveDocument) -> [NarrativeFigure] {
        var list = CheckList(tolerance: tolerance)
        let reconciled = NarrativeReconciliation(document: document, tolerance: tolerance).run(into: &list)
        return (document.narrative?.figures ?? []).enumerated().filter { index, figure in
            !reconciled.contains(index) && FigureKind(figure.kind) != .amountOfShare
        }.map(\.element)
    }

    /// What the code catalogue says of the document's codes: unknown codes, clipped codes and their completions.
    public func diagnostics(of document: ArchiveDocument) -> [Diagnostic] {
        CatalogueReview(catalogue: catalogue, year: document.document.year).diagnostics(for: document)
    }
}
