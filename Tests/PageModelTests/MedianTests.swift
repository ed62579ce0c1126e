import Testing

@testable import PageModel

@Suite struct MedianTests {
    /// Selection must give exactly the value a sort puts at `count / 2`: grouping's display size and the font
    /// scales were defined by the sort.
    @Test func selectionMatchesTheSortedMiddle() {
        for count in [1, 2, 3, 4, 7, 100, 1001] {
            let shapes: [[Double]] = [
                (0..<count).map { Double($0) },
                (0..<count).map { Double(count - $0) },
                (0..<count).map { Double($0 % 3) },
                Array(repeating: 9.5, count: count),
                (0..<count).map { Double($0 * 7919 % 13) },
            ]
            for values in shapes {
                #expect(values.upperMedian() == values.sorted()[count / 2])
            }
        }
    }

    @Test func aNaNFallsBackToTheSort() {
        let values: [Double] = [3, .nan, 1, 2, 5]
        let expected = values.sorted()[values.count / 2]
        #expect(values.upperMedian().bitPattern == expected.bitPattern)
    }
}
