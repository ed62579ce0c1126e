extension StringProtocol {
    /// Whether `part` occurs in this text, compared byte for byte (UTF-8). The texts compared here are printed
    /// report text that needs no locale or canonical-equivalence folding; Foundation's `contains` bridges to
    /// NSString and folds character clusters on every call, on every line of every page. Inlinable: called from
    /// other modules, a generic function would reach every byte through witness tables.
    @inlinable
    public func includes(_ part: some StringProtocol) -> Bool {
        let found = utf8.withContiguousStorageIfAvailable { text in
            part.utf8.withContiguousStorageIfAvailable { part in occurs(part, in: text) }
        }
        if let found, let found { return found }
        return Array(utf8).withUnsafeBufferPointer { text in
            Array(part.utf8).withUnsafeBufferPointer { part in occurs(part, in: text) }
        }
    }
}

@usableFromInline
func occurs(_ part: UnsafeBufferPointer<UInt8>, in text: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let first = part.first else { return true }
    guard part.count <= text.count else { return false }
    for start in 0...(text.count - part.count) where text[start] == first {
        var offset = 1
        while offset < part.count && text[start + offset] == part[offset] { offset += 1 }
        if offset == part.count { return true }
    }
    return false
}
