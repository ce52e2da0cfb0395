/// Writes a ``Node`` as JSON text, keys in document order, so an example read from a docs page
/// can be compared with what a generated type encodes.
public enum JSONWriter {
    public static func json(_ node: Node) -> String {
        var output = ""
        write(node, to: &output)
        return output
    }

    private static func write(_ node: Node, to output: inout String) {
        switch node.value {
        case .scalar(let scalar):
            switch scalar.jsonKind {
            case .null: output += "null"
            case .boolean: output += scalar.boolValue == true ? "true" : "false"
            case .integer, .number: output += scalar.text
            default: string(scalar.text, to: &output)
            }
        case .sequence(let items):
            output += "["
            for (index, item) in items.enumerated() {
                if index > 0 { output += "," }
                write(item, to: &output)
            }
            output += "]"
        case .mapping(let pairs):
            output += "{"
            for (index, pair) in pairs.enumerated() {
                if index > 0 { output += "," }
                string(pair.key, to: &output)
                output += ":"
                write(pair.value, to: &output)
            }
            output += "}"
        }
    }

    /// `text` as a JSON string literal, which is also a YAML double-quoted scalar.
    static func string(_ text: String, to output: inout String) {
        output += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
        output += "\""
    }
}
