/// Small readings of a schema node that several recognizers share.
enum SchemaReading {
    /// Keywords that say nothing about a value's type; a schema with only these annotates another.
    static let annotationKeys: Set<String> = [
        "description", "title", "default", "example", "examples", "deprecated", "readOnly", "writeOnly",
        "nullable", "externalDocs", "xml", "$comment", "minLength", "maxLength", "pattern", "minimum", "maximum",
        "exclusiveMinimum", "exclusiveMaximum", "multipleOf", "minItems", "maxItems", "uniqueItems",
        "minProperties", "maxProperties",
    ]

    static func documentation(of node: Node) -> String? {
        if let text = node["description"]?.text, !text.isEmpty { return text }
        if let parts = node["allOf"]?.items, parts.count == 1 { return documentation(of: parts[0]) }
        return nil
    }

    /// The non-null names in `type` (a string or a 3.1 list), and whether `null` is among them or
    /// 3.0's `nullable: true` is set.
    static func types(of node: Node) -> (names: [String], allowsNull: Bool) {
        var allowsNull = node["nullable"]?.scalar?.boolValue == true || node["x-nullable"]?.scalar?.boolValue == true
        var names: [String] = []
        let values = node["type"].map { $0.items ?? [$0] } ?? []
        for value in values {
            guard let name = value.text else { continue }
            if name == "null" { allowsNull = true } else if !names.contains(name) { names.append(name) }
        }
        return (names, allowsNull)
    }

    /// True when the schema only annotates (a description, bounds) and constrains no type.
    static func isAnnotationOnly(_ node: Node) -> Bool {
        guard let pairs = node.pairs else { return false }
        return pairs.allSatisfy { annotationKeys.contains($0.key) || $0.key.hasPrefix("x-") }
    }

    /// A Boolean keyword set on `node`, or on `fallback` when `node` does not say.
    static func flag(_ key: String, of node: Node, else fallback: Node?) -> Bool {
        (node[key] ?? fallback?[key])?.scalar?.boolValue == true
    }

    static func isDeprecated(_ node: Node) -> Bool {
        node["deprecated"]?.scalar?.boolValue == true
    }

    /// The string values of `enum`, or nil when it lists anything else (nulls are skipped).
    static func stringEnumValues(_ node: Node) -> [String]? {
        guard let texts = stringEnumTexts(node) else { return nil }
        var seen: Set<String> = []
        let values = texts.filter { seen.insert($0).inserted }
        return values.isEmpty ? nil : values
    }

    /// True when ``stringEnumValues(_:)`` holds more than one value; cheaper than collecting them.
    static func hasSeveralStringEnumValues(_ node: Node) -> Bool {
        guard let texts = stringEnumTexts(node), let first = texts.first else { return false }
        return texts.contains { $0 != first }
    }

    /// Every string of `enum` as listed, repeats included and nulls skipped; nil when it lists
    /// anything else.
    private static func stringEnumTexts(_ node: Node) -> [String]? {
        guard let items = node["enum"]?.items else { return nil }
        var texts: [String] = []
        for item in items {
            guard let scalar = item.scalar else { return nil }
            switch scalar.jsonKind {
            case .null: continue
            case .string: texts.append(scalar.text)
            default: return nil
            }
        }
        return texts
    }

    static func requiredNames(_ node: Node) -> Set<String> {
        Set((node["required"]?.items ?? []).compactMap(\.text))
    }
}
