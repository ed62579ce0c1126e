import PageModel
import PrintedText

/// The cover of a report: "辽宁省朝阳市人民政府办公室 / 2024年度部门决算". The department is the first
/// block of large text, joined over its wrapped lines, up to the year.
struct CoverReading: Sendable {

    /// A cover names its report after the year: 2024年度部门决算, 2026年区级部门预算.
    static let kindWords = ["决算", "预算"]

    var department: String?
    var year: Int?

    init?(page: Page, settings: SegmentationSettings) {
        // Display text (a watermark) is no title.
        let lines = page.lines.filter { !$0.isDisplay }
        let sizes = lines.map(\.fontSize)
        guard let smallest = sizes.min(), let largest = sizes.max(),
            largest >= smallest * settings.coverTitleSizeRatio
                || lines.count <= settings.coverTitleLines
        else {
            return nil
        }
        let titleLines = lines.filter { $0.fontSize >= largest / settings.coverTitleSizeRatio }
        let text = titleLines.map(\.compactText).joined()
        guard let found = PrintedYear.find(in: text, requireDu: false),
            Self.kindWords.contains(where: { text[found.range.upperBound...].includes($0) })
        else { return nil }
        year = found.year
        var firstBlock = titleLines.prefix(1).map(\.compactText).joined()
        for (upper, lower) in zip(titleLines, titleLines.dropFirst()) {
            guard lower.box.y0 - upper.box.y1 <= settings.coverBlockGap * upper.fontSize else { break }
            firstBlock += lower.compactText
        }
        let name =
            PrintedYear.find(in: firstBlock, requireDu: false).map { String(firstBlock[..<$0.range.lowerBound]) }
            ?? firstBlock
        department = name.count >= 2 ? name : nil
    }

    /// The fuller of the cover's name and the tables': the cover prints the full name where a table header
    /// shortens it, but a budget's cover prints only the district (上海市普陀区2026年区级部门预算) above the
    /// department its tables name (上海市普陀区司法局).
    static func prefer(_ cover: String?, over tables: String?) -> String? {
        guard let cover else { return tables }
        guard let tables else { return cover }
        if tables.count > cover.count && tables.hasPrefix(cover) { return tables }
        return cover.contains(tables) || tables.contains(cover) || cover.count >= tables.count ? cover : tables
    }
}
