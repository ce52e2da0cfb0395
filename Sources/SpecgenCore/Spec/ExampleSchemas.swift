/// Infers schemas from JSON examples and matches them against the schemas the API already
/// defines, so an example of a known object refers to that schema instead of copying it.
///
/// Nothing one example shows is claimed beyond it: inferred properties are optional, strings are
/// not enums. Objects that match nothing become components named from their `object` constant
/// (`"monitor_run"` → `MonitorRun`), else stay inline, named by the property that holds them.
struct ExampleSchemas {
    /// The component schemas known so far, by name; new ones are added as they are inferred.
    private(set) var known: [(name: String, node: Node)]
    private(set) var added: [(name: String, node: Node)] = []
    /// The page the examples come from, named in the inferred schemas' descriptions.
    let source: String

    init(known: [(name: String, node: Node)], source: String) {
        self.known = known
        self.source = source
    }

    /// The schema of `example`: a `$ref` to a known or new component, or an inline schema.
    mutating func schema(for example: Node) -> Node {
        let mark = example.mark
        switch example.value {
        case .mapping(let pairs) where pairs.isEmpty:
            return .mapping([("type", .string("object", at: mark))], at: mark)
        case .mapping(let pairs):
            if let name = match(pairs) { return reference(name, at: mark) }
            let properties = pairs.map { ($0.key, schema(for: $0.value)) }
            let inferred = Node.mapping([
                ("type", .string("object", at: mark)),
                ("description", .string("Inferred from an example in \(source); one example cannot tell which fields are required, so all are optional.", at: mark)),
                ("properties", .mapping(properties, at: mark)),
            ], at: mark)
            guard let constant = Self.objectConstant(pairs) else { return inferred }
            let name = uniqueName(SwiftNamer.typeName(constant))
            known.append((name, inferred))
            added.append((name, inferred))
            return reference(name, at: mark)
        case .sequence(let items):
            var pairs: [(String, Node)] = [("type", .string("array", at: mark))]
            if let first = items.first { pairs.append(("items", schema(for: first))) }
            return .mapping(pairs, at: mark)
        case .scalar(let scalar):
            return Self.scalarSchema(scalar, at: mark)
        }
    }

    private func reference(_ name: String, at mark: Mark) -> Node {
        .mapping([("$ref", .string("#/components/schemas/\(name)", at: mark))], at: mark)
    }

    private func uniqueName(_ name: String) -> String {
        var taken = NameScope(reserved: Set(known.map(\.name)))
        return taken.claim(name)
    }

    /// `"<string>"`-style placeholders read as their type; ISO 8601 strings are dates.
    private static func scalarSchema(_ scalar: Node.Scalar, at mark: Mark) -> Node {
        func typed(_ type: String, format: String? = nil) -> Node {
            var pairs: [(String, Node)] = [("type", .string(type, at: mark))]
            if let format { pairs.append(("format", .string(format, at: mark))) }
            return .mapping(pairs, at: mark)
        }
        switch scalar.jsonKind {
        case .boolean: return typed("boolean")
        case .integer, .number: return typed("number")
        case .null: return .mapping([], at: mark)
        default: break
        }
        switch scalar.text {
        case "<any>", "<object>": return .mapping([], at: mark)
        case "<number>", "<integer>", "<boolean>", "<string>": return typed(String(scalar.text.dropFirst().dropLast()))
        default: return isDateTime(scalar.text) ? typed("string", format: "date-time") : typed("string")
        }
    }

    /// `2023-11-07T05:31:56Z`, with optional fractional seconds and offset.
    static func isDateTime(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count >= 20, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
            bytes[10] == UInt8(ascii: "T"), bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":")
        else { return false }
        let digits = [0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18]
        return digits.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[$0]) }
            && (bytes.last == UInt8(ascii: "Z") || text.dropFirst(19).contains("+") || text.dropFirst(19).contains("-"))
    }

    /// The value of an `object` property that names the kind of object (`"webset_search"`).
    private static func objectConstant(_ pairs: [Node.Pair]) -> String? {
        guard let value = pairs.first(where: { $0.key == "object" })?.value.scalar, value.jsonKind == .string,
            !value.text.hasPrefix("<"), !value.text.isEmpty
        else { return nil }
        return value.text
    }
}

extension ExampleSchemas {
    /// The known schema an example object is an instance of: the one whose `object` constant it
    /// shows, else the one whose properties it fits (every required one present, every shown one
    /// listed with a compatible kind), preferring the closest fit.
    func match(_ pairs: [Node.Pair]) -> String? {
        let shapes = known.map { ($0.name, properties(of: $0.node)) }
        if let constant = Self.objectConstant(pairs) {
            return shapes.first { _, shape in shape.properties["object"].map { Self.fixedValue($0) == constant } ?? false }?.0
        }
        guard pairs.count >= 2 else { return nil }
        let fits = shapes.filter { _, shape in
            !shape.properties.isEmpty && shape.required.allSatisfy { name in pairs.contains { $0.key == name } }
                && pairs.allSatisfy { pair in shape.properties[pair.key].map { isCompatible(pair.value, $0) } ?? false }
        }
        return fits.min { $0.1.properties.count < $1.1.properties.count }?.0
    }

    private struct Shape {
        var properties: [String: Node] = [:]
        var required: Set<String> = []
    }

    /// Properties of a component schema, through `allOf` and local `$ref`s.
    private func properties(of node: Node, depth: Int = 0) -> Shape {
        var shape = Shape()
        guard depth < 16 else { return shape }
        if let ref = node["$ref"]?.text, let target = component(ref) {
            shape = properties(of: target, depth: depth + 1)
        }
        for part in node["allOf"]?.items ?? [] {
            let inner = properties(of: part, depth: depth + 1)
            shape.properties.merge(inner.properties) { _, new in new }
            shape.required.formUnion(inner.required)
        }
        for pair in node["properties"]?.pairs ?? [] { shape.properties[pair.key] = pair.value }
        shape.required.formUnion(SchemaReading.requiredNames(node))
        return shape
    }

    private func component(_ ref: String) -> Node? {
        let prefix = "#/components/schemas/"
        guard ref.hasPrefix(prefix) else { return nil }
        let name = String(ref.dropFirst(prefix.count))
        return known.first { $0.name == name }?.node
    }

    /// The one value a property schema allows: `const`, a one-value `enum`, through `allOf`.
    private static func fixedValue(_ schema: Node) -> String? {
        if let parts = schema["allOf"]?.items, parts.count == 1 { return fixedValue(parts[0]) }
        if let constant = schema["const"]?.text { return constant }
        if let values = SchemaReading.stringEnumValues(schema), values.count == 1 { return values[0] }
        return nil
    }

    /// Whether an example value can be an instance of a property schema, judged by JSON kind.
    private func isCompatible(_ value: Node, _ schema: Node, depth: Int = 0) -> Bool {
        guard depth < 16 else { return true }
        if let parts = schema["allOf"]?.items, parts.count == 1 { return isCompatible(value, parts[0], depth: depth + 1) }
        if let ref = schema["$ref"]?.text {
            return component(ref).map { isCompatible(value, $0, depth: depth + 1) } ?? true
        }
        if let fixed = Self.fixedValue(schema) { return value.text == fixed }
        let (names, allowsNull) = SchemaReading.types(of: schema)
        let kind = value.jsonKind
        if kind == .null { return allowsNull || names.isEmpty }
        guard !names.isEmpty else { return true }
        return names.contains { name in
            name == kind.rawValue || (name == "number" && kind == .integer) || (name == "integer" && kind == .integer)
        }
    }
}
