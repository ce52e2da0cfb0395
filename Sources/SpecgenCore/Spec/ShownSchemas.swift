/// Turns what a rendered page lists — fields with their types, `required`, defaults, options and
/// limits — into schemas. The listed fields are the schema; an example only confirms them (a
/// property it shows that the list does not, or a value of another kind, is a located warning)
/// and fills in the objects whose children the page keeps folded.
struct ShownSchemas {
    let file: Int32
    var inferred: ExampleSchemas
    var diagnostics = Diagnostics()

    init(file: Int32, inferred: ExampleSchemas) {
        self.file = file
        self.inferred = inferred
    }

    /// The schema of a body or response: its fields (of the items, when the example is an array),
    /// else what its example shows; nil when the page shows neither.
    mutating func schema(of content: ShownContent?, example: Node?, at mark: Mark) -> Node? {
        let fields = content?.fields ?? []
        guard !fields.isEmpty else { return example.map { inferred.schema(for: $0) } }
        let isList = example?.items != nil || content?.type?.values.first?.arrayDepth ?? 0 > 0
        let object = self.object(fields, example: isList ? example?.items?.first : example, at: mark)
        return isList ? .mapping([("type", .string("array", at: mark)), ("items", object)], at: mark) : object
    }

    /// An object whose properties are `fields`, required where the page says so.
    mutating func object(_ fields: [ShownField], example: Node?, at mark: Mark) -> Node {
        if let pairs = example?.pairs {
            for pair in pairs where !fields.contains(where: { $0.name == pair.key }) {
                diagnostics.warning("the example shows '\(pair.key)', which the page's field list does not name; it is left out", at: pair.keyMark)
            }
        }
        var properties: [(String, Node)] = []
        for field in fields {
            properties.append((field.name, schema(of: field, example: example?[field.name])))
        }
        var pairs: [(String, Node)] = [("type", .string("object", at: mark)), ("properties", .mapping(properties, at: mark))]
        let required = fields.filter(\.isRequired).map { Node.string($0.name, at: Mark(file: file, line: $0.line, column: 1)) }
        if !required.isEmpty { pairs.append(("required", .sequence(required, at: mark))) }
        return .mapping(pairs, at: mark)
    }

    /// The schema of one field: its type's alternatives, `null` among them, and what the page says.
    mutating func schema(of field: ShownField, example: Node?) -> Node {
        let mark = Mark(file: file, line: field.line, column: 1)
        let type = field.type ?? ShownType("any")!
        if let example { confirm(example, against: type, field: field.name) }
        var schemas = type.values.map { schema(of: $0, field: field, example: example, at: mark) }
        if schemas.isEmpty { schemas = [.mapping([], at: mark)] }
        var pairs: [(String, Node)]
        let base = schemas[0]["type"]?.text
        if schemas.count == 1, let single = schemas[0].pairs, base != nil || !type.allowsNull {
            pairs = single.map { ($0.key, $0.value) }
            if type.allowsNull, let base {
                pairs = pairs.map { $0.0 == "type" ? ("type", .sequence([.string(base, at: mark), .string("null", at: mark)], at: mark)) : $0 }
            }
        } else {
            let nullable = type.allowsNull ? [Node.mapping([("type", .string("null", at: mark))], at: mark)] : []
            pairs = [("oneOf", .sequence(schemas + nullable, at: mark))]
        }
        if let description = field.description {
            // An inferred object's own note (its fields are all optional) follows the page's words.
            let inferredNote = pairs.first { $0.0 == "description" }?.1.text
            pairs.removeAll { $0.0 == "description" }
            let text = inferredNote.map { description + "\n\n" + $0 } ?? description
            pairs.append(("description", .string(text, at: mark)))
        }
        if field.isDeprecated { pairs.append(("deprecated", .plain("true", at: mark))) }
        return .mapping(pairs, at: mark)
    }

    /// One alternative, wrapped in an array per `[]`.
    private mutating func schema(of alternative: ShownType.Alternative, field: ShownField, example: Node?, at mark: Mark) -> Node {
        guard alternative.arrayDepth > 0 else { return scalarOrObject(alternative, field: field, example: example, at: mark) }
        var inner = alternative
        inner.arrayDepth -= 1
        var pairs: [(String, Node)] = [("type", .string("array", at: mark))]
        pairs.append(("items", schema(of: inner, field: field, example: example?.items?.first, at: mark)))
        pairs += limits(field, .items, at: mark)
        return .mapping(pairs, at: mark)
    }

    private mutating func scalarOrObject(_ alternative: ShownType.Alternative, field: ShownField, example: Node?, at mark: Mark) -> Node {
        switch alternative.base {
        case "object":
            if !field.children.isEmpty { return object(field.children, example: example, at: mark) }
            if !field.unionOptions.isEmpty {
                let names = field.unionOptions.joined(separator: ", ")
                return .mapping([("type", .string("object", at: mark)), ("description", .string("One of: \(names) (the page does not show their fields).", at: mark))], at: mark)
            }
            if let example, example.pairs.map({ !$0.isEmpty }) == true { return inferred.schema(for: example) }
            return .mapping([("type", .string("object", at: mark))], at: mark)
        case "array":
            let items = example?.items?.first.map { inferred.schema(for: $0) }
            return .mapping([("type", .string("array", at: mark))] + (items.map { [("items", $0)] } ?? []), at: mark)
        case "any":
            return .mapping([], at: mark)
        default:
            return scalar(alternative, field: field, at: mark)
        }
    }

    /// `string<uuid>`, `integer`, `enum<string>` with its options, `file`; with default and limits.
    private func scalar(_ alternative: ShownType.Alternative, field: ShownField, at mark: Mark) -> Node {
        let isEnum = alternative.base == "enum"
        let base = isEnum ? (alternative.detail ?? "string") : alternative.base == "file" ? "string" : alternative.base
        var pairs: [(String, Node)] = [("type", .string(base, at: mark))]
        if alternative.base == "file" {
            pairs.append(("format", .string("binary", at: mark)))
        } else if !isEnum, let format = alternative.detail {
            pairs.append(("format", .string(format, at: mark)))
        }
        if !field.options.isEmpty, base == "string" || base == "integer" || base == "number" {
            pairs.append(("enum", .sequence(field.options.map { value(of: $0, as: base, at: mark) }, at: mark)))
        }
        if let value = field.defaultValue { pairs.append(("default", self.value(of: value, as: base, at: mark))) }
        pairs += limits(field, base == "string" ? .length : .value, at: mark)
        return .mapping(pairs, at: mark)
    }

    /// A value as the page shows it, typed: numbers and booleans plain, the rest strings.
    private func value(of text: String, as base: String, at mark: Mark) -> Node {
        let isTyped = (base == "integer" && Int64(text) != nil) || (base == "number" && Double(text) != nil)
            || (base == "boolean" && (text == "true" || text == "false"))
        return isTyped ? .plain(text, at: mark) : .string(text, at: mark)
    }

    /// `minimum`, `exclusiveMaximum`, `minLength`, `maxItems`... from the limits the page shows.
    private func limits(_ field: ShownField, _ measure: ShownBounds.Measure, at mark: Mark) -> [(String, Node)] {
        let keys: (String, String) = switch measure {
        case .value: ("minimum", "maximum")
        case .length: ("minLength", "maxLength")
        case .items: ("minItems", "maxItems")
        }
        var pairs: [(String, Node)] = []
        for bounds in field.bounds where bounds.measure == measure {
            if let lower = bounds.lower { pairs.append((lower.isExclusive ? "exclusiveMinimum" : keys.0, .plain(lower.number, at: mark))) }
            if let upper = bounds.upper { pairs.append((upper.isExclusive ? "exclusiveMaximum" : keys.1, .plain(upper.number, at: mark))) }
        }
        return pairs
    }

    /// A located warning when the example's value is of a kind none of the field's types allows.
    private mutating func confirm(_ example: Node, against type: ShownType, field: String) {
        let kind = example.jsonKind
        let allowed = kind == .null ? type.allowsNull || type.values.contains { $0.base == "any" }
            : type.values.contains { Self.allows($0, kind) }
        guard !allowed else { return }
        diagnostics.warning("the example's '\(field)' is \(kind == .integer ? "an" : "a") \(kind.rawValue), which its listed type does not allow; the listed type is used", at: example.mark)
    }

    private static func allows(_ alternative: ShownType.Alternative, _ kind: JSONKind) -> Bool {
        if alternative.arrayDepth > 0 { return kind == .array }
        switch alternative.base {
        case "any": return true
        case "enum": return kind == .string || kind == .integer || kind == .number
        case "file": return kind == .string
        case "number": return kind == .number || kind == .integer
        default: return alternative.base == kind.rawValue
        }
    }
}
