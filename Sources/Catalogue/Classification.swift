/// The two classifications of 政府收支分类科目 that 部门决算 tables print.
public enum Classification: String, Sendable, Hashable, CaseIterable {
    /// 支出功能分类: what the money is for. Codes of 3 (类), 5 (款) or 7 (项) digits, starting with 2.
    case function
    /// 部门预算支出经济分类: what the money buys. Codes of 3 (类) or 5 (款) digits, starting with 3.
    case economic

    /// The code lengths of the levels, from 类 down.
    public var levelLengths: [Int] {
        switch self {
        case .function: [3, 5, 7]
        case .economic: [3, 5]
        }
    }

    /// The classification a code belongs to, by its first digit.
    public init?(code: String) {
        switch code.utf8.first {
        case UInt8(ascii: "2"): self = .function
        case UInt8(ascii: "3"): self = .economic
        default: return nil
        }
    }
}
