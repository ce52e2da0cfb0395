/// A code block of a rendered page: fenced, or indented four spaces as some exports write them,
/// with the response statuses shown as tabs just above it.
struct PageCodeBlock {
    /// The block's lines without their common indentation.
    var text: String
    /// The block's lines as they stand in the page, so a reader's columns point into it.
    var source: String
    /// The page line just before the block's first line.
    var lineOffset: Int32
    /// The status tabs above the block (`201`, `400`, `401`...), in page order; it shows the first.
    var statusTabs: [String]

    var status: String? { statusTabs.first }
    var firstLine: Int32 { lineOffset + 1 }

    /// Whether the block holds a JSON object or array.
    var isJSON: Bool { text.hasPrefix("{") || text.hasPrefix("[") }

    /// Whether `line` is one of the block's lines or a fence around them.
    func covers(_ line: Int32) -> Bool {
        line >= lineOffset && line <= lineOffset + Int32(source.count { $0 == "\n" }) + 2
    }

    /// Every code block of the page, in order.
    static func find(in lines: [PageText.Line]) -> [PageCodeBlock] {
        var blocks: [PageCodeBlock] = []
        var index = 0
        while index < lines.count {
            if lines[index].trimmed.hasPrefix("```") {
                let end = lines[(index + 1)...].firstIndex { $0.trimmed.hasPrefix("```") } ?? lines.count
                blocks.append(block(lines[(index + 1)..<end], after: index, in: lines))
                index = end + 1
            } else if startsIndentedBlock(at: index, in: lines) {
                var end = index
                while end < lines.count, lines[end].trimmed.isEmpty || indentation(lines[end]) >= 4 { end += 1 }
                while end > index, lines[end - 1].trimmed.isEmpty { end -= 1 }
                blocks.append(block(lines[index..<end], after: index - 1, in: lines))
                index = end
            } else {
                index += 1
            }
        }
        return blocks
    }

    private static func block(_ body: ArraySlice<PageText.Line>, after opening: Int, in lines: [PageText.Line]) -> PageCodeBlock {
        let indent = body.filter { !$0.trimmed.isEmpty }.map(indentation).min() ?? 0
        let text = body.map { $0.text.dropFirst(min(indent, indentation($0))).dropLastSpaces() }.joined(separator: "\n")
        let source = body.map(\.text).joined(separator: "\n")
        let offset = body.first.map { $0.number - 1 } ?? lines[opening].number
        return PageCodeBlock(text: text, source: source, lineOffset: offset, statusTabs: statusTabs(above: opening, in: lines))
    }

    /// Four spaces of indentation after a blank line, below a line that is neither indented nor
    /// a list item (whose continuation lines are indented the same way).
    private static func startsIndentedBlock(at index: Int, in lines: [PageText.Line]) -> Bool {
        guard index >= 2, indentation(lines[index]) >= 4, !lines[index].trimmed.isEmpty, lines[index - 1].trimmed.isEmpty,
            let above = lines[..<index].last(where: { !$0.trimmed.isEmpty })
        else { return false }
        let text = above.trimmed
        let isListItem = text.hasPrefix("* ") || text.hasPrefix("- ") || text.hasPrefix("+ ") || text.first?.isNumber == true && text.contains(". ")
        return indentation(above) == 0 && !isListItem && !text.hasPrefix("```")
    }

    private static func indentation(_ line: PageText.Line) -> Int {
        line.text.prefix { $0 == " " }.count
    }

    /// The run of three-digit statuses within the chrome just above a block (`Copy`, `Ask AI`).
    private static func statusTabs(above index: Int, in lines: [PageText.Line]) -> [String] {
        var tabs: [String] = []
        var position = index - 1
        while position >= 0 {
            let text = lines[position].trimmed
            position -= 1
            if text.isEmpty || PageChrome.isChrome(text) { continue }
            guard isStatus(text) else { break }
            tabs.insert(String(text), at: 0)
        }
        return tabs
    }

    /// `200`, `4XX`, `default`-free: three characters, a digit first.
    static func isStatus(_ text: some StringProtocol) -> Bool {
        text.count == 3 && text.first.map { ("1"..."5").contains($0) } == true
            && text.dropFirst().allSatisfy { $0.isNumber || $0 == "X" || $0 == "x" }
    }
}
