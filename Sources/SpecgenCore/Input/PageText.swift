/// The lines of a rendered page as a reader sees them, with what HTML-to-markdown conversion left
/// behind taken out: the invisible characters inside anchor links, HTML entities, no-break spaces
/// and a YAML front matter block.
///
/// Line numbers stay those of the file, so every position still points into the page.
struct PageText {
    /// A line of the page with its 1-based number.
    struct Line {
        var number: Int32
        /// The cleaned text, indentation kept.
        var text: Substring
        /// The text without indentation and trailing spaces.
        var trimmed: Substring { text.drop { $0 == " " || $0 == "\t" }.dropLastSpaces() }
    }

    var lines: [Line]
    /// `key: value` pairs of the front matter (`title`, `description`, `url`...).
    var frontMatter: [String: String] = [:]

    init(_ bytes: [UInt8]) {
        let text = String(decoding: bytes, as: UTF8.self)
        lines = text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { offset, raw in
            Line(number: Int32(offset + 1), text: Substring(Self.cleaned(raw.last == "\r" ? raw.dropLast() : raw)))
        }
        readFrontMatter()
    }

    /// `---` on the first line opens a front matter block, which the next `---` closes.
    private mutating func readFrontMatter() {
        guard lines.first?.trimmed == "---", let end = lines.dropFirst().firstIndex(where: { $0.trimmed == "---" }) else { return }
        for index in 0...end {
            if let colon = lines[index].text.firstIndex(of: ":"), index > 0, index < end {
                let key = lines[index].text[..<colon].trimmingCharacters(of: " ")
                frontMatter[key] = lines[index].text[lines[index].text.index(after: colon)...].trimmingCharacters(of: " ")
            }
            lines[index].text = ""
        }
    }

    /// Drops zero-width characters, turns no-break spaces into spaces and decodes HTML entities.
    static func cleaned(_ text: Substring) -> String {
        var result = ""
        result.unicodeScalars.reserveCapacity(text.unicodeScalars.count)
        var scalars = text.unicodeScalars[...]
        while let scalar = scalars.first {
            scalars = scalars.dropFirst()
            switch scalar {
            case "\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{FEFF}": continue
            case "\u{00A0}": result.unicodeScalars.append(" ")
            case "&":
                if let (decoded, length) = entity(at: scalars) {
                    result.unicodeScalars.append(decoded)
                    scalars = scalars.dropFirst(length)
                } else {
                    result.unicodeScalars.append(scalar)
                }
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    private static let namedEntities: [String: Unicode.Scalar] = [
        "lt": "<", "gt": ">", "amp": "&", "quot": "\"", "apos": "'", "nbsp": " ",
    ]

    /// The character an entity after `&` stands for (`#x3C;`, `#60;`, `lt;`), and its length.
    private static func entity(at scalars: Substring.UnicodeScalarView.SubSequence) -> (Unicode.Scalar, Int)? {
        guard let semicolon = scalars.prefix(10).firstIndex(of: ";") else { return nil }
        let body = String(String.UnicodeScalarView(scalars[..<semicolon]))
        let length = body.unicodeScalars.count + 1
        if let named = namedEntities[body] { return (named, length) }
        guard body.hasPrefix("#") else { return nil }
        let digits = body.dropFirst()
        let value = digits.first == "x" || digits.first == "X" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
        return value.flatMap(Unicode.Scalar.init).map { ($0, length) }
    }

    /// Prose without markdown's backslash escapes (`market\_ticker`, `string\[\]`, `\*`).
    static func unescaped(_ text: some StringProtocol) -> String {
        var result = ""
        var iterator = text.makeIterator()
        while let character = iterator.next() {
            guard character == "\\" else {
                result.append(character)
                continue
            }
            guard let next = iterator.next() else {
                result.append(character)
                break
            }
            if !"\\`*_{}[]()#+-.!|<>".contains(next) { result.append(character) }
            result.append(next)
        }
        return result
    }
}

extension Substring {
    func dropLastSpaces() -> Substring {
        var result = self
        while result.last == " " || result.last == "\t" { result.removeLast() }
        return result
    }
}
