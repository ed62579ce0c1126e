extension Array<Double> {
    /// The value `sorted()[count / 2]` gives, found by Hoare's quickselect in place: each round partitions around a
    /// middle pivot and keeps only the side holding the wanted position, so a page's sizes take a few passes where
    /// sorting them took many. Rounds past twice the bits of `count` mean unlucky pivots (a crafted page): the rest
    /// is sorted, as before. With a NaN there is no order to select from, and the array is sorted as before too.
    consuming func upperMedian() -> Double {
        precondition(!isEmpty, "the median of no values")
        let target = count / 2
        var low = 0
        var high = count - 1
        var roundsLeft = 2 * (Int.bitWidth - count.leadingZeroBitCount)
        guard !contains(where: \.isNaN) else { return sorted()[target] }
        while low < high {
            guard roundsLeft > 0 else { return sorted()[target] }
            roundsLeft -= 1
            let pivot = self[low + (high - low) / 2]
            var i = low
            var j = high
            while i <= j {
                while self[i] < pivot { i += 1 }
                while pivot < self[j] { j -= 1 }
                if i <= j {
                    swapAt(i, j)
                    i += 1
                    j -= 1
                }
            }
            // Left of `i` nothing is larger than the pivot, right of `j` nothing smaller; between them, the pivot.
            if target <= j { high = j } else if target >= i { low = i } else { break }
        }
        return self[target]
    }
}
