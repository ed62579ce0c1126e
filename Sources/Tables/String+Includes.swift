extension String {
    /// Whether `part` occurs in this text, compared byte for byte: the normalised texts compared here need no
    /// locale or Unicode folding, and Foundation's `contains` costs a bridge per call on a hot path.
    func includes(_ part: String) -> Bool {
        var text = self
        var part = part
        return text.withUTF8 { haystack in
            part.withUTF8 { needle in
                guard !needle.isEmpty else { return true }
                guard needle.count <= haystack.count else { return false }
                for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
                    var offset = 1
                    while offset < needle.count && haystack[start + offset] == needle[offset] { offset += 1 }
                    if offset == needle.count { return true }
                }
                return false
            }
        }
    }
}
