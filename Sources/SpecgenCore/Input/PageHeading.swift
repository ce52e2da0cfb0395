/// The title and lead paragraph a docs page shows above its content, which document the operation
/// the page's fenced block describes when the block itself does not.
public struct PageHeading: Sendable, Equatable {
    public var title: String?
    public var lead: String?

    /// Reads the first `# ` heading (skipping export headers such as `# Source: ...`) and the
    /// blockquote that follows it.
    public init(_ bytes: [UInt8]) {
        let lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        var index = 0
        while index < lines.count {
            let line = lines[index].trimmingTrailingSpaces()
            index += 1
            guard line.hasPrefix("# "), !line.hasPrefix("# Source:") else { continue }
            title = String(line.dropFirst(2)).trimmingTrailingSpaces()
            break
        }
        while index < lines.count, lines[index].trimmingTrailingSpaces().isEmpty { index += 1 }
        var quoted: [String] = []
        while index < lines.count, lines[index].hasPrefix(">") {
            quoted.append(String(lines[index].dropFirst().drop { $0 == " " }).trimmingTrailingSpaces())
            index += 1
        }
        if !quoted.isEmpty, !quoted[0].hasPrefix("**") { lead = quoted.joined(separator: " ") }
    }
}
