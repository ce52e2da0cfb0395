/// A fenced YAML block in a docs page, with the line it starts on so positions point into the page.
public struct FencedBlock: Sendable {
    /// The text between the fences.
    public var text: Substring.UTF8View
    /// The page line just before the block's first line (the opening fence).
    public var lineOffset: Int32
    /// What follows `yaml` on the opening fence (`exa-spec.yaml DELETE /path`), if anything.
    public var info: String

    /// Finds the YAML blocks of a markdown page: fences of three or more backticks whose info string
    /// starts with `yaml` (or `yml`), closed by a fence at least as long.
    public static func find(in bytes: [UInt8]) -> [FencedBlock] {
        let text = Substring(decoding: bytes, as: UTF8.self)
        var blocks: [FencedBlock] = []
        var open: (ticks: Int, contentStart: String.Index, line: Int32, info: String)?
        var lineNumber: Int32 = 0
        var lineStart = text.startIndex
        while lineStart < text.endIndex {
            lineNumber += 1
            let lineEnd = text[lineStart...].firstIndex(of: "\n") ?? text.endIndex
            let line = text[lineStart..<lineEnd]
            let next = lineEnd < text.endIndex ? text.index(after: lineEnd) : lineEnd
            let trimmed = line.drop { $0 == " " }
            let ticks = trimmed.prefix { $0 == "`" }.count
            if let current = open {
                if ticks >= current.ticks, trimmed.dropFirst(ticks).allSatisfy({ $0 == " " || $0 == "\r" }) {
                    let content = text[current.contentStart..<lineStart]
                    blocks.append(FencedBlock(text: content.utf8, lineOffset: current.line, info: current.info))
                    open = nil
                }
            } else if ticks >= 3 {
                let words = trimmed.dropFirst(ticks).split(separator: " ", omittingEmptySubsequences: true)
                if let language = words.first?.lowercased(), language == "yaml" || language == "yml" {
                    let info = words.dropFirst().joined(separator: " ").filter { $0 != "\r" }
                    open = (ticks, next, lineNumber, info)
                }
            }
            lineStart = next
        }
        return blocks
    }
}
