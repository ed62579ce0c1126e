import PrintedText

extension CodeCatalogue {
    /// The one entry a clipped code and a clipped name can stand for, or nil when it is not certain.
    ///
    /// Liaoning 06 tables print `3010` for `30101` and names cut short (`政府办公厅（室）及相关机构事`). An entry
    /// completes the printed pair when its code starts with the printed code (same length for a full code, the
    /// next level's length for a clipped one) and its name is the printed name or starts with it. The result is
    /// certain only when exactly one entry completes the pair, or exactly one of several has the name in full.
    /// The caller gives the entry's code and name, and a warning that it did.
    public func completion(ofClippedCode code: String, name: String, year: Int?) -> CatalogueEntry? {
        guard let classification = Classification(code: code),
            let length = classification.levelLengths.first(where: { $0 >= code.count })
        else { return nil }
        let printed = TextFold.key(name)
        guard !printed.isEmpty else { return nil }
        let candidates = entries.filter {
            $0.classification == classification && $0.code.count == length && $0.code.hasPrefix(code)
                && $0.holds(in: year) && TextFold.key($0.name).hasPrefix(printed)
        }
        if candidates.count == 1 { return candidates[0] }
        let exact = candidates.filter { TextFold.key($0.name) == printed }
        return exact.count == 1 ? exact[0] : nil
    }
}
