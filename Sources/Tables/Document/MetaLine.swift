import PrintedText

/// One line of text read as a table's meta line: 部门：…, 2024年度, 金额单位：万元.
struct MetaLine: Sendable, Hashable {
    /// Labels that introduce the reporting body's name.
    static let departmentLabels = ["部门名称", "单位名称", "编制部门", "编制单位", "预算主管部门", "预算单位", "部门", "单位"]
    /// Labels that introduce the amount unit.
    static let unitLabels = ["金额单位", "计量单位", "单位"]
    /// Units an amount column is printed in.
    static let units = ["万元", "元", "千元", "亿元"]
    /// Words a body's name ends with (局, 委员会, 办公室 …): a form that prints its 部门名称 in a cell beside the
    /// label, with no colon, names the department only when the cell reads as a body's name.
    static let bodySuffixes = [
        "局", "委员会", "委", "办公室", "办", "厅", "院", "部", "会", "室", "中心", "站", "所", "处",
        "馆", "队", "校", "学", "社", "台", "署", "府",
    ]

    /// The department labels a form prints in a cell of its own (four characters or more), in the same order.
    static let cellLabels = departmentLabels.filter { $0.count >= 4 }
    /// The first scalars of `cellLabels`: a line starting with none of them starts with no cell label.
    static let cellLabelStarts = cellLabels.compactMap(\.unicodeScalars.first)
    /// Every label, longest first: a colon is matched against the longest label that ends at it.
    static let labelsLongestFirst = (departmentLabels + unitLabels).sorted { $0.count > $1.count }

    var department: String?
    var year: Int?
    var unit: String?

    init(text: String) {
        department = Self.cellDepartment(text)
        // Most lines hold neither a year nor a label: one scan of their scalars dismisses them.
        guard text.unicodeScalars.contains(where: { $0 == "年" || $0 == "：" || $0 == ":" }) else { return }
        let text = text.removingBlanks()
        year = Self.year(in: text)
        guard text.includes("：") || text.includes(":") else { return }
        for segment in Self.segments(of: text) {
            if let (label, value) = Self.labelled(segment) {
                if Self.unitLabels.contains(label), Self.units.contains(value) {
                    unit = value
                } else if Self.departmentLabels.contains(label), !Self.units.contains(value), !value.isEmpty {
                    department = value
                }
            }
        }
    }

    /// A line that is a department label of four characters and a body's name beside it, no colon (a form's
    /// `部门名称 | 北京市财政局`).
    static func cellDepartment(_ text: String) -> String? {
        // Most lines start with no label: their first scalar dismisses them before any comparison of characters.
        guard let first = text.unicodeScalars.first, cellLabelStarts.contains(first),
            let label = cellLabels.first(where: { text.utf8.starts(with: $0.utf8) && text.hasPrefix($0) })
        else { return nil }
        let value = String(text.dropFirst(label.count))
        guard value.count >= 4, value.count <= 40,
            !value.contains(where: { ($0.isASCII && $0.isNumber) || $0 == "：" || $0 == ":" }),
            bodySuffixes.contains(where: value.hasSuffix)
        else { return nil }
        return value
    }

    /// A line often holds several meta items: "部门：X    2024年度    金额单位：万元" after compaction
    /// becomes one string; split before each known label, found as the longest label ending at a colon.
    static func segments(of text: String) -> [Substring] {
        let labels = labelsLongestFirst
        var cuts: [String.Index] = [text.startIndex]
        var index = text.startIndex
        // Colons are found as scalars: a `Character` compared folds its canonical form.
        while let colon = text.unicodeScalars[index...].firstIndex(where: isColon) {
            let before = text[..<colon]
            // Bytes first: most labels are dismissed before `hasSuffix` compares characters.
            if let label = labels.first(where: {
                before.utf8.reversed().starts(with: $0.utf8.reversed()) && before.hasSuffix($0)
            }) {
                let cut = text.index(colon, offsetBy: -label.count)
                // A label holds no colon: cuts ascend, and only the first can repeat the start.
                if cut > text.startIndex { cuts.append(cut) }
            }
            index = text.unicodeScalars.index(after: colon)
        }
        return cuts.indices.map { i in text[cuts[i]..<(i + 1 < cuts.count ? cuts[i + 1] : text.endIndex)] }
    }

    /// The colons that end a label, full-width and ASCII.
    static func isColon(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "：" || scalar == ":"
    }

    /// "部门：X" → ("部门", "X"), with a trailing year ("2024年度") removed from X.
    static func labelled(_ segment: Substring) -> (String, String)? {
        guard let colon = segment.unicodeScalars.firstIndex(where: isColon) else { return nil }
        let label = String(segment[..<colon])
        guard departmentLabels.contains(label) || unitLabels.contains(label) else { return nil }
        var value = String(segment[segment.index(after: colon)...])
        if let year = PrintedYear.find(in: value, requireDu: false), year.range.upperBound == value.endIndex {
            value.removeSubrange(year.range)
        }
        return (label, value)
    }

    /// The year of "2024年度" / "2024年" standing alone or at the end of the line.
    static func year(in text: String) -> Int? {
        PrintedYear.find(in: text)?.year
    }
}
