/// Reads the lines under a field's name and type: location, `required`, `default:`, limits,
/// `Available options:`, examples, union options, the child toggle, and the description.
struct FieldAttributes {
    private(set) var field: ShownField
    private var description: [String] = []

    init(field: ShownField) {
        self.field = field
    }

    private static let locations = ["header", "query", "path", "cookie"]

    /// Reads the entry at `index` and any it governs (the values after `Available options:`).
    mutating func read(_ entries: [FieldList.Entry], at index: inout Int) {
        guard let line = entries[index].line else {
            index += 1
            return
        }
        let text = PageText.unescaped(line.trimmed)
        index += 1
        if readFlags(text) { return }
        if text == "Available options:" {
            while index < entries.count, let value = entries[index].line.flatMap({ Self.codeValue($0.trimmed) }) {
                field.options.append(value)
                index += 1
            }
        } else if text == "Example:" || text == "Examples:" {
            while index < entries.count, entries[index].line.flatMap({ Self.codeValue($0.trimmed) }) != nil { index += 1 }
        } else if let bounds = ShownBounds(text) {
            field.bounds.append(bounds)
        } else if let option = Self.bullet(text) {
            field.unionOptions.append(option)
        } else if PageChrome.isChildToggle(text) {
            field.hasChildToggle = true
        } else {
            description.append(text)
            field.description = description.joined(separator: " ")
        }
    }

    /// `header`, `required`, `headerrequired` (glued), `deprecated`, `default:100`.
    private mutating func readFlags(_ text: String) -> Bool {
        var rest = Substring(text)
        if let location = Self.locations.first(where: { rest.hasPrefix($0) }) {
            let after = rest.dropFirst(location.count)
            guard after.isEmpty || after == "required" else { return false }
            field.location = location
            rest = after
        }
        switch rest {
        case "": return true
        case "required": field.isRequired = true
        case "deprecated": field.isDeprecated = true
        default:
            guard rest.hasPrefix("default:") else { return false }
            field.defaultValue = rest.dropFirst("default:".count).trimmingCharacters(of: " ").filter { $0 != "`" }
        }
        return true
    }

    /// `` `google`, `` → `google`; nil for a line that is not one code span.
    private static func codeValue(_ text: some StringProtocol) -> String? {
        var value = Substring(text)
        if value.hasSuffix(",") { value.removeLast() }
        guard value.count >= 2, value.first == "`", value.last == "`" else { return nil }
        let inner = value.dropFirst().dropLast()
        return inner.contains("`") ? nil : String(inner)
    }

    /// `- Wait` or `* Wait`: the name of one member of a union whose fields are hidden.
    private static func bullet(_ text: String) -> String? {
        guard text.hasPrefix("- ") || text.hasPrefix("* ") else { return nil }
        return text.dropFirst(2).trimmingCharacters(of: " ")
    }
}
