/// Why an export stopped.
public enum ExportError: Error, CustomStringConvertible {
    /// The archive has no `index.jsonl`, or it cannot be read.
    case cannotReadIndex(path: String, reason: String)
    /// The output cannot be written.
    case cannotWrite(path: String, reason: String)

    public var description: String {
        switch self {
        case .cannotReadIndex(let path, let reason):
            "\(path): cannot read the archive's index (\(reason)); is this an archive folder?"
        case .cannotWrite(let path, let reason): "\(path): cannot write the export (\(reason))"
        }
    }
}
