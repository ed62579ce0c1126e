import Glibc

extension Double {
    /// This number with `decimals` digits after the point, as C's `%.Nf` writes it (`12.50`, `-0.3`): the
    /// coordinates that `juesuan text` and `juesuan explain` print.
    public func fixedPoint(decimals: Int) -> String {
        var buffer = [CChar](repeating: 0, count: 64)
        let count = withVaList([decimals, self]) { vsnprintf(&buffer, buffer.count, "%.*f", $0) }
        return String(decoding: buffer.prefix(max(0, Int(count))).map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
