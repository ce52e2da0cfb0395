import Foundation

/// The facts a rendered docs page shows (HTML turned to markdown, with no OpenAPI block): its
/// title, the curl sample, the parameter and authorization sections, and the response examples.
///
/// Page chrome (navigation, "Copy", "Ask AI", "Try it") carries no facts and is skipped.
public struct RenderedPage: Sendable {
    /// A line of the page with its 1-based number.
    struct Line {
        var number: Int32
        var text: Substring
    }

    /// One entry of a parameter, body or authorization section.
    public struct Field: Sendable {
        public var name: String
        public var type: String?
        /// `header`, `query`, ... where the section lists it (authorizations do).
        public var location: String?
        public var isRequired: Bool
        public var description: String?
        public var line: Int32
    }

    /// A fenced code block: its text and the line of its opening fence.
    public struct CodeBlock: Sendable {
        public var text: String
        public var fenceLine: Int32
        /// The response status shown just above the block (`200`), if any.
        public var status: String?
    }

    public var title: String?
    public var method: String?
    public var url: String?
    /// The path template the page's breadcrumb shows (`/v0/websets/{id}/cancel`).
    public var pathTemplate: String?
    public var curlLine: Int32 = 0
    public var sections: [String: [Field]] = [:]
    public var responseDescriptions: [String: (description: String, contentType: String)] = [:]
    /// JSON code blocks shown as responses, by status.
    public var examples: [CodeBlock] = []

    /// Reads a page; nil when it shows no curl sample (it documents no endpoint).
    public init?(_ bytes: [UInt8]) {
        let text = String(decoding: bytes, as: UTF8.self)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map {
            Line(number: Int32($0.offset + 1), text: $0.element.last == "\r" ? $0.element.dropLast() : $0.element)
        }
        title = Self.title(lines)
        let blocks = Self.codeBlocks(lines)
        guard let curl = blocks.first(where: { $0.text.hasPrefix("curl") }) else { return nil }
        readCurl(curl)
        examples = blocks.filter { $0.status != nil && ($0.text.hasPrefix("{") || $0.text.hasPrefix("[")) }
        pathTemplate = Self.breadcrumb(lines, method: method)
        readSections(lines)
    }

    /// The first `# ` heading, without the site name docs exports append (`Cancel a Webset - Exa`).
    private static func title(_ lines: [Line]) -> String? {
        guard let heading = lines.first(where: { $0.text.hasPrefix("# ") && !$0.text.hasPrefix("# Source:") }) else { return nil }
        var title = String(heading.text.dropFirst(2)).trimmingTrailingSpaces()
        if let range = title.range(of: " - ", options: .backwards) { title = String(title[..<range.lowerBound]) }
        return title
    }

    /// Fenced blocks (three or more backticks), each with the status line shown above it.
    private static func codeBlocks(_ lines: [Line]) -> [CodeBlock] {
        var blocks: [CodeBlock] = []
        var index = 0
        while index < lines.count {
            guard lines[index].text.hasPrefix("```") else {
                index += 1
                continue
            }
            let start = index
            index += 1
            var body: [Substring] = []
            while index < lines.count, !lines[index].text.hasPrefix("```") {
                body.append(lines[index].text)
                index += 1
            }
            index += 1
            blocks.append(CodeBlock(text: body.joined(separator: "\n"), fenceLine: lines[start].number, status: status(above: start, in: lines)))
        }
        return blocks
    }

    /// A three-digit status within the few chrome lines above a block.
    private static func status(above index: Int, in lines: [Line]) -> String? {
        var position = index - 1
        var seen = 0
        while position >= 0, seen < 4 {
            let text = lines[position].text.trimmingCharacters(of: " ")
            position -= 1
            if text.isEmpty || text == "Copy" || text == "Ask AI" { continue }
            seen += 1
            if text.count == 3, Int(text) != nil { return text }
            if text.hasPrefix("```") { return nil }
        }
        return nil
    }

    private mutating func readCurl(_ block: CodeBlock) {
        curlLine = block.fenceLine + 1
        let words = CurlWords.split(block.text)
        var index = 0
        while index < words.count {
            let word = words[index]
            let next = index + 1 < words.count ? words[index + 1] : nil
            switch word {
            case "--request", "-X": method = next?.uppercased(); index += 1
            case "--url": url = next; index += 1
            case "--header", "-H": index += 1
            default:
                if url == nil, word.hasPrefix("http") { url = word }
            }
            index += 1
        }
        if method == nil { method = "GET" }
    }

    /// `POST / v0 / websets / {id} / cancel`, one token a line, as the page shows the endpoint.
    private static func breadcrumb(_ lines: [Line], method: String?) -> String? {
        guard let method else { return nil }
        let tokens = lines.map { $0.text.trimmingCharacters(of: " ") }.filter { !$0.isEmpty }
        guard let start = tokens.firstIndex(where: { $0 == method }) else { return nil }
        var path = ""
        var index = start + 1
        while index + 1 < tokens.count, tokens[index] == "/" {
            path += "/" + tokens[index + 1]
            index += 2
        }
        return path.isEmpty ? nil : path
    }

    /// `#### Authorizations`, `#### Path Parameters`, `#### Query Parameters`, `#### Body`, and the
    /// statuses under `#### Response`.
    private mutating func readSections(_ lines: [Line]) {
        var current: String?
        var entry: [Line] = []
        func flush() {
            if let current, let field = Self.field(entry) { sections[current, default: []].append(field) }
            entry = []
        }
        for (index, line) in lines.enumerated() {
            let text = line.text.trimmingCharacters(of: " ")
            if text.hasPrefix("#### ") || text.hasPrefix("### ") {
                flush()
                current = text.drop { $0 == "#" }.trimmingCharacters(of: " ")
                continue
            }
            guard let section = current else { continue }
            if section == "Response" {
                readResponse(text, following: lines[(index + 1)...])
                continue
            }
            if text.hasPrefix("](#") {
                flush()
                continue
            }
            if text.isEmpty || text == "[" { continue }
            if text.hasPrefix("[") && text.contains("](/") {
                flush()
                current = nil
                continue
            }
            entry.append(Line(number: line.number, text: Substring(text)))
        }
        flush()
    }

    /// `200 - application/json` and the description on the next line that has text.
    private mutating func readResponse(_ text: String, following: ArraySlice<Line>) {
        let parts = text.components(separatedBy: " - ")
        guard parts.count == 2, parts[0].count == 3, Int(parts[0]) != nil else { return }
        let description = following.lazy.map { $0.text.trimmingCharacters(of: " ") }.first { !$0.isEmpty } ?? ""
        responseDescriptions[parts[0]] = (description, parts[1])
    }

    private static let typeWords: Set<String> = ["string", "integer", "number", "boolean", "object", "array", "file", "any"]
    private static let locations: Set<String> = ["header", "query", "path", "cookie"]

    /// `name`, `type`, [`location`], [`required`], description lines.
    private static func field(_ lines: [Line]) -> Field? {
        guard let first = lines.first else { return nil }
        var field = Field(name: String(first.text), isRequired: false, line: first.number)
        var description: [String] = []
        for line in lines.dropFirst() {
            let text = String(line.text)
            let word = text.lowercased()
            if field.type == nil, description.isEmpty, typeWords.contains(word.split(separator: "[").first.map(String.init) ?? word) || word.hasSuffix("[]") {
                field.type = word
            } else if field.location == nil, description.isEmpty, locations.contains(word) {
                field.location = word
            } else if description.isEmpty, word == "required" {
                field.isRequired = true
            } else {
                description.append(text)
            }
        }
        field.description = description.isEmpty ? nil : description.joined(separator: " ")
        return field
    }
}

/// Splits a shell command into words the way a shell would for curl samples: quotes, and
/// backslash line continuations.
enum CurlWords {
    static func split(_ command: String) -> [String] {
        var words: [String] = []
        var current = ""
        var quote: Character?
        var hasWord = false
        var iterator = command.makeIterator()
        while let character = iterator.next() {
            if let open = quote {
                if character == open { quote = nil } else { current.append(character) }
                continue
            }
            switch character {
            case "'", "\"":
                quote = character
                hasWord = true
            case "\\":
                if let next = iterator.next(), next != "\n" { current.append(next); hasWord = true }
            case " ", "\n", "\t":
                if hasWord { words.append(current) }
                current = ""
                hasWord = false
            default:
                current.append(character)
                hasWord = true
            }
        }
        if hasWord { words.append(current) }
        return words
    }
}
