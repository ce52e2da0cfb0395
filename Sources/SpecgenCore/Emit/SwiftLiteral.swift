/// Writes spec text into Swift source so that it stays inert: string literals that escape every
/// character with meaning, and doc comment lines that cannot end the comment or start code.
enum SwiftLiteral {
    /// `"text"` with backslashes, quotes, line breaks and other control characters escaped.
    static func string(_ text: String) -> String {
        "\"" + stringContent(text) + "\""
    }

    /// What ``string(_:)`` writes between the quotes, for a literal built of several parts.
    static func stringContent(_ text: String) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F || (0x2028...0x2029).contains(scalar.value) {
                    result += "\\u{\(String(scalar.value, radix: 16))}"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }

    static func literal(_ value: JSONLiteral) -> String {
        switch value {
        case .string(let text): return string(text)
        case .integer(let number): return String(number)
        case .number(let number): return self.number(number)
        case .bool(let flag): return flag ? "true" : "false"
        case .null: return "nil"
        }
    }

    /// A number as JSON writers print it: a whole number below 1e21 in full, so a default beyond
    /// `Int64` reads `9223372036854776000` as documented, not `9.223372036854776e+18`.
    static func number(_ value: Double) -> String {
        let text = String(value)
        guard value.rounded() == value, abs(value) < 1e21, let mark = text.firstIndex(of: "e"),
            let exponent = Int(text[text.index(after: mark)...])
        else { return text }
        let sign = value < 0 ? "-" : ""
        let digits = text[..<mark].filter(\.isNumber)
        return sign + digits + String(repeating: "0", count: max(0, exponent + 1 - digits.count))
    }

    /// A doc comment for `text`: its ``docLines(_:)`` after `///`, nothing when it is empty.
    static func docComment(_ text: String?) -> [String] {
        docComment(paragraphs: [docLines(text)])
    }

    /// Several paragraphs as one doc comment, a blank comment line between them.
    static func docComment(paragraphs: [[String]]) -> [String] {
        paragraphs.filter { !$0.isEmpty }.map { $0.map { $0.isEmpty ? "///" : "/// \($0)" } }.joined(separator: ["///"]).map { $0 }
    }

    /// `text` as one line of a doc comment, its line breaks become spaces.
    static func docLine(_ text: String) -> String {
        docLines(text).joined(separator: " ")
    }

    /// The lines of a doc comment for `text`, each to follow `/// `: control characters dropped,
    /// trailing spaces trimmed, blank lines at either end removed.
    static func docLines(_ text: String?) -> [String] {
        guard let text, !text.isEmpty else { return [] }
        // Most descriptions are one clean line: printable, no U+2028/U+2029 (lead byte 0xE2), no
        // trailing space.
        if text.utf8.last != UInt8(ascii: " "),
            text.utf8.allSatisfy({ $0 >= 0x20 && $0 != 0x7F && $0 != 0xE2 })
        {
            return [text]
        }
        var lines: [String] = []
        var current: [UInt8] = []
        func finish() {
            while current.last == UInt8(ascii: " ") { current.removeLast() }
            lines.append(String(decoding: current, as: UTF8.self))
            current.removeAll(keepingCapacity: true)
        }
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\n"): finish()
            case UInt8(ascii: "\t"): current.append(UInt8(ascii: " "))
            case 0..<0x20, 0x7F: continue
            default: current.append(byte)
            }
        }
        finish()
        while lines.last?.isEmpty == true { lines.removeLast() }
        while lines.first?.isEmpty == true { lines.removeFirst() }
        return lines.map(dropLineSeparators)
    }

    /// U+2028 and U+2029 end a line for some readers; they become spaces.
    private static func dropLineSeparators(_ line: String) -> String {
        guard line.unicodeScalars.contains(where: { $0.value == 0x2028 || $0.value == 0x2029 }) else { return line }
        return String(String.UnicodeScalarView(line.unicodeScalars.map { $0.value == 0x2028 || $0.value == 0x2029 ? " " : $0 }))
    }
}
