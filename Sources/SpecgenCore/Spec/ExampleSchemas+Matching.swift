extension ExampleSchemas {
    /// The documented schema that fixes `object` to `constant`.
    func documentedName(fixing constant: String) -> String? {
        documented.first { entry in
            shape(of: entry.node).properties["object"].map { Self.fixedValue($0) == constant } ?? false
        }?.name
    }

    /// The documented schema an example object fits, preferring the closest: every required
    /// property present, every shown property listed, each value of a kind its schema allows, down
    /// through nested objects and list items. A list shows what it holds only by an item: an
    /// empty `data: []` fits no envelope, so one page's `{data, hasMore, nextCursor}` is not another's.
    /// Else the surveyed object with exactly the example's properties, each of a kind it allows
    /// (what they hold may be newer than a documented schema it refers to).
    func match(_ pairs: [Node.Pair]) -> String? {
        guard pairs.count >= 2 else { return nil }
        let candidates = documented.map { ($0.name, shape(of: $0.node)) }.filter { fits(pairs, $0.1) }
        if let closest = candidates.min(by: { $0.1.properties.count < $1.1.properties.count }) { return closest.0 }
        let keys = Set(pairs.map(\.key))
        return surveyed.first { entry in
            let shape = shape(of: entry.node)
            return Set(shape.properties.keys) == keys && fits(pairs, shape, isDeep: false)
        }?.name
    }

    struct Shape {
        var properties: [String: Node] = [:]
        var required: Set<String> = []
    }

    /// Whether an example object fits a schema's shape; `isDeep` false judges each value by its
    /// JSON kind alone.
    func fits(_ pairs: [Node.Pair], _ shape: Shape, depth: Int = 0, isDeep: Bool = true) -> Bool {
        !shape.properties.isEmpty && shape.required.allSatisfy { name in pairs.contains { $0.key == name } }
            && pairs.allSatisfy { pair in
                shape.properties[pair.key].map { isCompatible(pair.value, $0, depth: depth, isDeep: isDeep) } ?? false
            }
    }

    /// Properties of a documented schema, through `allOf` and local `$ref`s.
    func shape(of node: Node, depth: Int = 0) -> Shape {
        var shape = Shape()
        guard depth < 16 else { return shape }
        if let ref = node["$ref"]?.text, let target = component(ref) {
            shape = self.shape(of: target, depth: depth + 1)
        }
        for part in node["allOf"]?.items ?? [] {
            let inner = self.shape(of: part, depth: depth + 1)
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
        return (documented.first { $0.name == name } ?? surveyed.first { $0.name == name })?.node
    }

    /// The one value a property schema allows: `const`, a one-value `enum`, through `allOf`.
    private static func fixedValue(_ schema: Node) -> String? {
        if let parts = schema["allOf"]?.items, parts.count == 1 { return fixedValue(parts[0]) }
        if let constant = schema["const"]?.text { return constant }
        if let values = SchemaReading.stringEnumValues(schema), values.count == 1 { return values[0] }
        return nil
    }

    /// Whether an example value can be an instance of a property schema: its JSON kind, its
    /// constant, and what a nested object or a list's first item holds.
    private func isCompatible(_ value: Node, _ schema: Node, depth: Int, isDeep: Bool = true) -> Bool {
        guard depth < 16 else { return true }
        if let parts = schema["allOf"]?.items, parts.count == 1 { return isCompatible(value, parts[0], depth: depth + 1, isDeep: isDeep) }
        if let ref = schema["$ref"]?.text {
            return component(ref).map { isCompatible(value, $0, depth: depth + 1, isDeep: isDeep) } ?? true
        }
        // A placeholder (`"<string>"`) shows the kind of a constant, not its value.
        if let fixed = Self.fixedValue(schema), !Self.isPlaceholder(value) { return value.text == fixed }
        let (names, allowsNull) = SchemaReading.types(of: schema)
        let kind = value.jsonKind
        if kind == .null { return allowsNull || names.isEmpty }
        let kindFits = names.isEmpty || names.contains { name in
            name == kind.rawValue || (name == "number" && kind == .integer) || (name == "integer" && kind == .integer)
        }
        guard kindFits, isDeep else { return kindFits }
        switch value.value {
        case .mapping(let pairs):
            let inner = shape(of: schema, depth: depth + 1)
            return inner.properties.isEmpty || fits(pairs, inner, depth: depth + 1)
        case .sequence(let items):
            guard let itemSchema = schema["items"] else { return true }
            guard let first = items.first else { return !describesObjects(itemSchema) }
            return isCompatible(first, itemSchema, depth: depth + 1)
        case .scalar:
            return true
        }
    }

    /// Warns where an example, down through nested objects and list items, does not fit the
    /// documented schemas it is read as: a property they do not list (decoding drops it), a
    /// required one it leaves out (decoding fails). An object matched by its properties alone may
    /// hold objects of another version of the docs than the pages that document them.
    mutating func reportMisfits(_ value: Node, _ schema: Node, depth: Int = 0) {
        guard depth < 16 else { return }
        if let ref = schema["$ref"]?.text, let target = component(ref) {
            let shape = shape(of: target)
            guard let pairs = value.pairs, !shape.properties.isEmpty else { return reportMisfits(value, target, depth: depth + 1) }
            let name = ref.split(separator: "/").last.map(String.init) ?? ref
            for missing in shape.required.sorted() where !pairs.contains(where: { $0.key == missing }) {
                diagnostics.warning("the example leaves out '\(missing)', which \(name) requires; decoding it fails", at: value.mark)
            }
            for pair in pairs {
                guard let property = shape.properties[pair.key] else {
                    diagnostics.warning("the example shows '\(pair.key)', which \(name) does not list; decoding drops it", at: pair.keyMark)
                    continue
                }
                reportMisfits(pair.value, property, depth: depth + 1)
            }
        } else if let parts = schema["allOf"]?.items, parts.count == 1 {
            reportMisfits(value, parts[0], depth: depth + 1)
        } else if let item = value.items?.first, let items = schema["items"] {
            reportMisfits(item, items, depth: depth + 1)
        } else if let pairs = value.pairs {
            for pair in pairs { if let property = schema["properties"]?[pair.key] { reportMisfits(pair.value, property, depth: depth + 1) } }
        }
    }

    private static func isPlaceholder(_ value: Node) -> Bool {
        guard let text = value.text, value.jsonKind == .string else { return false }
        return text.hasPrefix("<") && text.hasSuffix(">")
    }

    private func describesObjects(_ schema: Node) -> Bool {
        schema["$ref"] != nil || !shape(of: schema).properties.isEmpty
    }
}
