import Foundation
import Records

/// Small correct documents for the rules no corpus document exercises (its government-fund tables are empty,
/// its statistics tables print no 三公 amount).
enum SyntheticDocuments {
    static let governmentFundName = "synthetic government fund"
    static let threePublicStatisticsName = "synthetic 三公 and statistics"

    /// A government fund: opening 10 + income 100 − spent 90 (60 basic + 30 project) = closing 20, on every row.
    static let governmentFund: ArchiveDocument = {
        let amounts: Record = [
            "opening_balance": .number(10), "income": .number(100), "total": .number(90),
            "basic": .number(60), "project": .number(30), "closing_balance": .number(20),
        ]
        let rows: [Record] = [
            ["name": "合计"], ["code": "212", "name": "城乡社区支出"],
            ["code": "21208", "name": "国有土地使用权出让收入安排的支出"],
            ["code": "2120801", "name": "征地和拆迁补偿支出"],
        ]
        let table = Table(
            id: .governmentFund, title: "政府性基金预算财政拨款收入支出决算表", pages: [1],
            records: rows.map { $0.merging(amounts) { old, _ in old } })
        return document([table])
    }()

    /// 三公 of 5.00 (3.00 reception, 2.00 vehicle operation) and a statistics table that prints two of them.
    static let threePublicStatistics: ArchiveDocument = {
        let threePublic = Table(
            id: .threePublicExpenses, title: "财政拨款“三公”经费支出决算表", pages: [1],
            records: [
                ["item": "total", "budget": .number(6), "actual": .number(5)],
                ["item": "overseas_travel"],
                ["item": "official_reception", "budget": .number(4), "actual": .number(3)],
                ["item": "vehicles", "budget": .number(2), "actual": .number(2)],
                ["item": "vehicle_purchase"],
                ["item": "vehicle_operation", "budget": .number(2), "actual": .number(2)],
            ])
        let statistics = Table(
            id: .disclosureStatistics, title: "部门决算公开相关信息统计表", pages: [2],
            records: [
                ["line": .number(1), "item": "公务接待费", "value": .number(3)],
                ["line": .number(2), "item": "公务用车运行维护费", "value": .number(2)],
                ["line": .number(3), "item": "公务接待批次(个)", "value": .number(4)],
            ])
        return document([threePublic, statistics])
    }()

    private static func document(_ tables: [Table]) -> ArchiveDocument {
        ArchiveDocument(
            document: DocumentInfo(
                sha256: "", sourceName: "synthetic.pdf", pages: 2, year: 2024,
                unit: "万元", family: .shanxi, status: .ok),
            tables: tables)
    }
}
