public import FoundationEssentials

extension SegmentationSettings {
    /// A setting by its name, for overrides and validation.
    enum Setting: Sendable {
        case length(any WritableKeyPath<SegmentationSettings, Double> & Sendable)
        case count(any WritableKeyPath<SegmentationSettings, Int> & Sendable)
    }

    /// Every setting by the name it has in an overrides file.
    static let named: [String: Setting] = [
        "headerJoinGap": .length(\.headerJoinGap), "letterSpacingGap": .length(\.letterSpacingGap),
        "spelledWordGap": .length(\.spelledWordGap), "headerStackDistance": .length(\.headerStackDistance),
        "centredRowStackDistance": .length(\.centredRowStackDistance), "centredRowSlack": .length(\.centredRowSlack),
        "wrapAlignment": .length(\.wrapAlignment), "wrapWidthSlack": .length(\.wrapWidthSlack),
        "continuationPitch": .length(\.continuationPitch), "sharedBand": .length(\.sharedBand),
        "wrappedLineSpacing": .length(\.wrappedLineSpacing), "fullLineSlack": .length(\.fullLineSlack),
        "lineStep": .length(\.lineStep), "verticalSlack": .length(\.verticalSlack), "bodyReach": .length(\.bodyReach),
        "alignmentTolerance": .length(\.alignmentTolerance), "titleWrapGap": .length(\.titleWrapGap),
        "titleSizeSlack": .length(\.titleSizeSlack), "titleWrappedLines": .count(\.titleWrappedLines),
        "titlePrefixLength": .count(\.titlePrefixLength), "metaYearLineLength": .count(\.metaYearLineLength),
        "coverTitleSizeRatio": .length(\.coverTitleSizeRatio), "coverTitleLines": .count(\.coverTitleLines),
        "coverBlockGap": .length(\.coverBlockGap), "unreadableFigureShare": .length(\.unreadableFigureShare),
        "headerMinimumColumns": .count(\.headerMinimumColumns), "liftedHeaderWords": .count(\.liftedHeaderWords),
        "tagLineRemainder": .count(\.tagLineRemainder), "pageFurnitureLines": .count(\.pageFurnitureLines),
        "itemLines": .count(\.itemLines), "lineNumberDigits": .count(\.lineNumberDigits),
        "fittingLines": .count(\.fittingLines), "pitchSamples": .count(\.pitchSamples),
        "familyMinimumTables": .count(\.familyMinimumTables), "figureRowReach": .count(\.figureRowReach),
        "maximumGradeLength": .count(\.maximumGradeLength), "sameRowOverlap": .length(\.sameRowOverlap),
        "gridMinimumLines": .count(\.gridMinimumLines), "gridMinimumFigures": .count(\.gridMinimumFigures),
        "gridMinimumAlignedColumns": .count(\.gridMinimumAlignedColumns),
        "gridAlignedShare": .length(\.gridAlignedShare),
        "gridBridgedPitches": .length(\.gridBridgedPitches), "gridMinimumGap": .length(\.gridMinimumGap),
    ]

    /// The standard settings with the values of a JSON object (`{"sharedBand": 0.9}`) put over them, validated.
    /// Throws `SettingsError` naming the setting that is unknown, of the wrong kind or out of range.
    public static func overriding(json data: Data) throws -> SegmentationSettings {
        guard let object = try? JSONDecoder().decode([String: Double].self, from: data) else {
            throw SettingsError(setting: nil, problem: "are not a JSON object of setting names and numbers")
        }
        var settings = SegmentationSettings.standard
        for (name, number) in object.sorted(by: { $0.key < $1.key }) {
            guard let setting = named[name] else { throw SettingsError(setting: name, problem: "is no setting") }
            switch setting {
            case .length(let path): settings[keyPath: path] = number
            case .count(let path):
                guard let count = Int(exactly: number) else {
                    throw SettingsError(setting: name, problem: "counts, so it must be a whole number")
                }
                settings[keyPath: path] = count
            }
        }
        try settings.validate()
        return settings
    }

    /// Throws when a setting is out of range: every length, count and share is positive, and a share is at most 1.
    public func validate() throws {
        for (name, setting) in Self.named.sorted(by: { $0.key < $1.key }) {
            let value: Double =
                switch setting {
                case .length(let path): self[keyPath: path]
                case .count(let path): Double(self[keyPath: path])
                }
            guard value.isFinite, value > 0 else { throw SettingsError(setting: name, problem: "must be above 0") }
            if Self.shares.contains(name), value > 1 {
                throw SettingsError(setting: name, problem: "is a share: at most 1")
            }
        }
    }

    /// Settings that are shares of a whole.
    static let shares: Set<String> = [
        "continuationPitch", "titleSizeSlack", "unreadableFigureShare", "sameRowOverlap",
        "gridAlignedShare",
    ]
}

/// A settings override that cannot be used: which setting, and what is wrong with it.
public struct SettingsError: Error, CustomStringConvertible, Sendable {
    public var setting: String?
    public var problem: String

    public var description: String {
        (setting.map { "the setting \"\($0)\" " } ?? "the settings ") + problem
    }
}
