extension RenderedPage {
    /// The sections a page lists fields under; any other heading ends the one before it.
    private static let fieldSections: Set<String> = [
        "Authorizations", "Path Parameters", "Query Parameters", "Header Parameters", "Headers", "Cookie Parameters",
    ]

    /// Reads the `####` sections below the examples, outside code blocks, up to the links to the
    /// next pages.
    mutating func readSections(_ lines: [PageText.Line], outside blocks: [PageCodeBlock]) {
        var current: (title: String, line: Int32)?
        var collected: [PageText.Line] = []
        for line in lines where !blocks.contains(where: { $0.covers(line.number) }) {
            let text = line.trimmed
            let heading = text.hasPrefix("#") ? text.drop { $0 == "#" } : nil
            if heading?.first == " " || Self.isPageLink(text) {
                finishSection(current, collected)
                collected = []
                current = heading.map { ($0.trimmingCharacters(of: " "), line.number) }
                continue
            }
            if current != nil { collected.append(line) }
        }
        finishSection(current, collected)
    }

    private mutating func finishSection(_ section: (title: String, line: Int32)?, _ lines: [PageText.Line]) {
        guard let section else { return }
        switch section.title {
        case "Body", "Request Body":
            body = ShownContent(lines[...], status: nil, line: section.line)
        case "Response", "Responses":
            readResponses(lines)
        case let title where Self.fieldSections.contains(title):
            sections[title, default: []] += FieldList(lines).fields
        default:
            break
        }
    }

    /// Each status (`200 - application/json`, or `200` and the media type below) and what follows it.
    private mutating func readResponses(_ lines: [PageText.Line]) {
        var start: (status: String, media: String?, line: Int32, index: Int)?
        for (index, line) in lines.enumerated() {
            let parts = line.trimmed.components(separatedBy: " - ")
            guard PageCodeBlock.isStatus(parts[0]), parts.count == 1 || (parts.count == 2 && ShownContent.isMediaType(parts[1])) else { continue }
            appendResponse(start, lines[..<index])
            start = (parts[0], parts.count == 2 ? parts[1] : nil, line.number, index + 1)
        }
        appendResponse(start, lines[...])
    }

    private mutating func appendResponse(_ start: (status: String, media: String?, line: Int32, index: Int)?, _ upTo: ArraySlice<PageText.Line>) {
        guard let start else { return }
        var content = ShownContent(upTo[start.index...], status: start.status, line: start.line)
        content.mediaType = content.mediaType ?? start.media
        responses.append(content)
    }

    /// `[Get a note](/api/get-a-note)`: the links to other pages that end the reference.
    private static func isPageLink(_ text: Substring) -> Bool {
        text.hasPrefix("[") && !text.hasPrefix("[]") && text.dropFirst().first != "]" && text.contains("](")
    }
}
