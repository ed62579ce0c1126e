public import Catalogue
public import PageModel
public import Records

/// Validates a record-model document: the arithmetic of each table, the figures shared across tables, and the
/// figures quoted in the prose. Pure: a document (and its pages) in, checks out.
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

    /// The document with `checks` filled, catalogue warnings added, and, when `pages` are given, the figures
    /// quoted in its prose read into `narrative` and reconciled with the tables. Without pages, figures already
    /// in `narrative` are reconciled.
    public func validated(_ document: ArchiveDocument, pages: [Page] = []) -> ArchiveDocument {
        var result = document
        if !pages.isEmpty {
            let tablePages = Set(document.tables.flatMap(\.pages))
            let figures = NarrativeReader().figures(in: pages.filter { !tablePages.contains($0.number) })
            result.narrative = figures.isEmpty ? document.narrative : Narrative(figures: figures)
        }
        var list = CheckList(tolerance: tolerance)
        NarrativeReconciliation(document: result, tolerance: tolerance).run(into: &list)
        result.checks = tableChecks(of: document) + list.checks
        result.report(diagnostics(of: document))
        return result
    }

    /// What the code catalogue says of the document's codes: unknown codes, clipped codes and their completions.
    public func diagnostics(of document: ArchiveDocument) -> [Diagnostic] {
        CatalogueReview(catalogue: catalogue, year: document.document.year).diagnostics(for: document)
    }
}
