extension TableLayout.Shape {
    /// The row readings the record builder of this shape makes of a run of body lines: the column group each
    /// reads (nil: all columns at once) and whether text-only rows are real rows there. As `CodedRecords`,
    /// `SideRecords`, `GroupRecords`, `ThreePublicRecords` and `StatisticsRecords` call `RowBuilder.rows`.
    func rowReadings(of model: ColumnModel) -> [(group: Int?, textRowsAreReal: Bool)] {
        switch self {
        case .coded: [(nil, false)]
        case .sides: [(0, true), (1, true)]
        case .groups: Set(model.columns.map(\.group)).sorted().map { ($0, false) }
        case .threePublic, .statistics: [(nil, true)]
        case .performance: []
        }
    }
}
