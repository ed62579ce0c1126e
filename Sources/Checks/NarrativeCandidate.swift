import FoundationEssentials
import Records

/// A table figure a narrative figure may be quoting: one printed figure, or a sum of printed figures.
struct NarrativeCandidate {
    let table: TableKind
    let what: String
    /// The printed figures it adds up (one for a figure quoted as printed).
    let parts: [Decimal]

    var value: Decimal { Amount.sum(parts) }
}
