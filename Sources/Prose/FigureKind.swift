/// What a figure quoted in the prose is, typed. The record model writes it as the figure's `kind` string
/// (`basic`, `quoted_amount`, `share`, `share_of_basic`); that string is written and parsed here only.
public enum FigureKind: Sendable, Hashable {
    /// A figure a table holds (`expenditure_total`, `basic` …).
    case quoted(NarrativeKind)
    /// An amount of no known kind, read only because a share is quoted of it (`quoted_amount`).
    case amountOfShare
    /// A share (`占…%`) of the figure of a kind (`share_of_basic`), or, for a bare `占比`, of the section's
    /// total (`share`, base nil).
    case share(of: NarrativeKind?)
    /// A share of something that is no kind (`share_of_other`).
    case shareOfOther

    private static let amountOfShareName = "quoted_amount"
    private static let shareName = "share"
    private static let sharePrefix = "share_of_"
    private static let otherName = "other"

    /// The kind named by a figure's `kind` string; nil for a name this version does not write.
    public init?(_ name: String) {
        if let kind = NarrativeKind(rawValue: name) {
            self = .quoted(kind)
        } else if name == Self.amountOfShareName {
            self = .amountOfShare
        } else if name == Self.shareName {
            self = .share(of: nil)
        } else if name == Self.sharePrefix + Self.otherName {
            self = .shareOfOther
        } else if name.hasPrefix(Self.sharePrefix),
            let base = NarrativeKind(rawValue: String(name.dropFirst(Self.sharePrefix.count)))
        {
            self = .share(of: base)
        } else {
            return nil
        }
    }

    /// The figure's `kind` string in the record model.
    public var name: String {
        switch self {
        case .quoted(let kind): kind.rawValue
        case .amountOfShare: Self.amountOfShareName
        case .share(of: nil): Self.shareName
        case .share(of: let base?): Self.sharePrefix + base.rawValue
        case .shareOfOther: Self.sharePrefix + Self.otherName
        }
    }
}
