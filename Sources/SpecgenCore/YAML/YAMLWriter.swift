/// Writes a ``Node`` as block-style YAML: plain scalars where YAML reads them back unchanged,
/// double-quoted (JSON-style escapes) everywhere else.
public enum YAMLWriter {
    public static func yaml(_ node: Node) -> String {
        var output = ""
        write(node, indent: 0, to: &output)
        return output
    }

    private static func write(_ node: Node, indent: Int, to output: inout String) {
        let padding = String(repeating: " ", count: indent)
        switch node.value {
        case .mapping(let pairs) where !pairs.isEmpty:
            for pair in pairs {
                output += padding + scalarText(pair.key, isPlainValue: false) + ":"
                writeValue(pair.value, indent: indent, to: &output)
            }
        case .sequence(let items) where !items.isEmpty:
            for item in items {
                if let pairs = item.pairs, !pairs.isEmpty {
                    // `- key: value`, the mapping's other keys aligned under the first.
                    var nested = ""
                    write(item, indent: indent + 2, to: &nested)
                    output += padding + "- " + nested.dropFirst(indent + 2)
                } else {
                    output += padding + "-"
                    writeValue(item, indent: indent, to: &output)
                }
            }
        default:
            output += padding + inline(node) + "\n"
        }
    }

    /// A value after `key:` or `-`: inline when it is a scalar or empty, else on the next lines.
    private static func writeValue(_ node: Node, indent: Int, to output: inout String) {
        switch node.value {
        case .mapping(let pairs) where !pairs.isEmpty:
            output += "\n"
            write(node, indent: indent + 2, to: &output)
        case .sequence(let items) where !items.isEmpty:
            output += "\n"
            write(node, indent: indent + 2, to: &output)
        default:
            output += " " + inline(node) + "\n"
        }
    }

    private static func inline(_ node: Node) -> String {
        switch node.value {
        case .mapping: return "{}"
        case .sequence: return "[]"
        case .scalar(let scalar):
            switch scalar.jsonKind {
            case .null: return "null"
            case .boolean: return scalar.boolValue == true ? "true" : "false"
            case .integer, .number: return scalar.text
            default: return scalarText(scalar.text, isPlainValue: true)
            }
        }
    }

    /// `text` as it must be written to read back as the same string.
    static func scalarText(_ text: String, isPlainValue: Bool) -> String {
        canBePlain(text) ? text : quoted(text)
    }

    private static func canBePlain(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return false }
        guard Node.Scalar(text, isPlain: true).jsonKind == .string else { return false }
        if "-?:,[]{}#&*!|>'\"%@`~ ".unicodeScalars.contains(first) || last == " " || last == ":" { return false }
        if text.contains(": ") || text.contains(" #") || text.contains("\t") { return false }
        return text.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value < 0x7F }
    }

    private static func quoted(_ text: String) -> String {
        var output = ""
        JSONWriter.string(text, to: &output)
        return output
    }
}
