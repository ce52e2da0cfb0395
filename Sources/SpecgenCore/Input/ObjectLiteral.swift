/// Turns an object or array literal of a JavaScript, TypeScript or Python sample into JSON text:
/// unquoted and single-quoted keys, single-quoted and template strings, trailing commas,
/// comments, `True`/`False`/`None` and `undefined`.
///
/// Line breaks are kept, so a position in the JSON is the same line in the sample. Anything the
/// literal computes (a variable, a call, a spread) makes it unreadable: nil.
struct ObjectLiteral {
    private var scalars: [Unicode.Scalar]
    private var position = 0
    private var output = ""

    static func json(_ text: Substring) -> String? {
        var literal = ObjectLiteral(scalars: Array(text.unicodeScalars))
        guard literal.value(), literal.skipSpace(), literal.position == literal.scalars.count else { return nil }
        return literal.output
    }

    private init(scalars: [Unicode.Scalar]) {
        self.scalars = scalars
    }

    private var next: Unicode.Scalar? { position < scalars.count ? scalars[position] : nil }

    /// Skips blanks and comments, keeping line breaks; false for an unclosed comment.
    @discardableResult
    private mutating func skipSpace() -> Bool {
        while let scalar = next {
            if scalar == "\n" { output.append("\n") }
            if scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" {
                position += 1
            } else if scalar == "#" || starts(with: "//") {
                while let inner = next, inner != "\n" { position += 1 }
            } else if starts(with: "/*") {
                guard let end = (position..<scalars.count).first(where: { starts(with: "*/", at: $0) }) else { return false }
                position = end + 2
            } else {
                return true
            }
        }
        return true
    }

    private func starts(with text: String, at offset: Int? = nil) -> Bool {
        let at = offset ?? position
        return text.unicodeScalars.enumerated().allSatisfy { at + $0.offset < scalars.count && scalars[at + $0.offset] == $0.element }
    }

    private mutating func value() -> Bool {
        skipSpace()
        switch next {
        case "{": return container(close: "}", entry: { $0.member() })
        case "[": return container(close: "]", entry: { $0.value() })
        case "'", "\"", "`": return string()
        default: return word()
        }
    }

    /// `{...}` or `[...]`, entries separated by commas, a trailing comma dropped.
    private mutating func container(close: Unicode.Scalar, entry: (inout ObjectLiteral) -> Bool) -> Bool {
        output.unicodeScalars.append(scalars[position])
        position += 1
        var first = true
        while skipSpace(), let scalar = next, scalar != close {
            if !first {
                guard scalar == "," else { return false }
                position += 1
                skipSpace()
                if next == close { break }
                output.append(",")
            }
            guard entry(&self) else { return false }
            first = false
        }
        guard next == close else { return false }
        output.unicodeScalars.append(close)
        position += 1
        return true
    }

    /// `key: value` (or `"key": value`).
    private mutating func member() -> Bool {
        if next == "'" || next == "\"" || next == "`" {
            guard string() else { return false }
        } else {
            let start = position
            while let scalar = next, scalar.properties.isAlphabetic || scalar == "_" || scalar == "$" || ("0"..."9").contains(scalar) { position += 1 }
            guard position > start else { return false }
            JSONWriter.string(String(String.UnicodeScalarView(scalars[start..<position])), to: &output)
        }
        skipSpace()
        guard next == ":" else { return false }
        output.append(":")
        position += 1
        return value()
    }

    /// A quoted string in any of the three quotes, written as a JSON string.
    private mutating func string() -> Bool {
        let quote = scalars[position]
        position += 1
        var text = String.UnicodeScalarView()
        while let scalar = next, scalar != quote {
            position += 1
            if quote == "`", scalar == "$", next == "{" { return false }
            guard scalar == "\\", let escaped = next else {
                text.append(scalar)
                continue
            }
            position += 1
            switch escaped {
            case "n": text.append("\n")
            case "t": text.append("\t")
            default: text.append(escaped)
            }
        }
        guard next == quote else { return false }
        position += 1
        JSONWriter.string(String(text), to: &output)
        return true
    }

    /// A number or a literal word; any other word names something the sample computes.
    private mutating func word() -> Bool {
        let start = position
        while let scalar = next, !" \t\r\n,]}:".unicodeScalars.contains(scalar) { position += 1 }
        let word = String(String.UnicodeScalarView(scalars[start..<position]))
        switch word {
        case "true", "True": output.append("true")
        case "false", "False": output.append("false")
        case "null", "None", "undefined": output.append("null")
        default:
            guard Double(word) != nil, word.first.map({ $0.isNumber || $0 == "-" }) == true else { return false }
            output.append(word)
        }
        return true
    }
}
