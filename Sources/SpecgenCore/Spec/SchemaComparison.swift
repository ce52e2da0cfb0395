/// The disagreements that matter between two descriptions of one schema: the JSON type of a value,
/// and whether an object requires a property.
///
/// For example, one page's `nextCursor: {type: string}` against another's `{type: integer}` is a
/// difference at `nextCursor`; a description or an example is not. Both schemas are walked
/// together through `properties` and `items`, each `$ref` followed in its own source. Schemas
/// inferred from examples list no `required`, so required flags are compared only where both
/// sides list them.
struct SchemaComparison {
    struct Difference {
        /// Where in the value, as `data[].status`; empty for the value itself.
        var path: String
        var kept: String
        var other: String
        var keptMark: Mark
        var otherMark: Mark
    }

    /// Finds a local `$ref`'s target in the source the kept schema comes from, and in the other's.
    let keptTarget: (String) -> Node?
    let otherTarget: (String) -> Node?

    func differences(_ kept: Node, _ other: Node) -> [Difference] {
        var found: [Difference] = []
        var seen: Set<String> = []
        walk(kept, other, path: "", seen: &seen, into: &found, depth: 0)
        return found
    }

    private func walk(_ kept: Node, _ other: Node, path: String, seen: inout Set<String>, into found: inout [Difference], depth: Int) {
        let (keptRef, otherRef) = (kept["$ref"]?.text, other["$ref"]?.text)
        // The same component on both sides is compared once, where the component itself merges.
        guard depth < 32, keptRef == nil || keptRef != otherRef else { return }
        if keptRef != nil || otherRef != nil, !seen.insert("\(keptRef ?? "") \(otherRef ?? "")").inserted { return }
        guard let kept = Self.unwrapped(kept, keptTarget), let other = Self.unwrapped(other, otherTarget) else { return }
        let (keptKinds, otherKinds) = (Self.kinds(of: kept), Self.kinds(of: other))
        if !keptKinds.isEmpty, !otherKinds.isEmpty, keptKinds.isDisjoint(with: otherKinds) {
            found.append(Difference(path: path, kept: Self.describe(kept), other: Self.describe(other), keptMark: kept.mark, otherMark: other.mark))
            return
        }
        let keptRequired = kept["required"]?.items.map { Set($0.compactMap(\.text)) }
        let otherRequired = other["required"]?.items.map { Set($0.compactMap(\.text)) }
        for property in kept["properties"]?.pairs ?? [] {
            guard let counterpart = other["properties"]?.pair(property.key) else { continue }
            let inner = path.isEmpty ? property.key : "\(path).\(property.key)"
            if let keptRequired, let otherRequired, keptRequired.contains(property.key) != otherRequired.contains(property.key) {
                let flag = { (isRequired: Bool) in isRequired ? "required" : "optional" }
                found.append(Difference(path: inner, kept: flag(keptRequired.contains(property.key)), other: flag(otherRequired.contains(property.key)),
                                        keptMark: property.keyMark, otherMark: counterpart.keyMark))
            }
            walk(property.value, counterpart.value, path: inner, seen: &seen, into: &found, depth: depth + 1)
        }
        if let keptItems = kept["items"], let otherItems = other["items"] {
            walk(keptItems, otherItems, path: path + "[]", seen: &seen, into: &found, depth: depth + 1)
        }
    }

    /// The schema a `$ref` or a one-element `allOf` stands for; nil for a `$ref` that leads nowhere.
    private static func unwrapped(_ node: Node, _ target: (String) -> Node?) -> Node? {
        var node = node
        for _ in 0..<16 {
            if let ref = node["$ref"]?.text {
                guard let next = target(ref) else { return nil }
                node = next
            } else if let parts = node["allOf"]?.items, parts.count == 1 {
                node = parts[0]
            } else {
                return node
            }
        }
        return nil
    }

    /// The JSON kinds a schema allows but `null`, an integer counted as a number; empty when it
    /// does not say.
    private static func kinds(of node: Node) -> Set<String> {
        Set(types(of: node).map { $0 == "integer" ? "number" : $0 })
    }

    /// The types a schema names but `null`, `object` and `array` when it only shows their keywords.
    private static func types(of node: Node) -> [String] {
        let names = SchemaReading.types(of: node).names
        guard names.isEmpty else { return names }
        return node["properties"] != nil ? ["object"] : node["items"] != nil ? ["array"] : []
    }

    /// `a string`, `an integer or a string`.
    private static func describe(_ node: Node) -> String {
        types(of: node).sorted().map { $0.first.map { "aeiou".contains($0) } == true ? "an \($0)" : "a \($0)" }.joined(separator: " or ")
    }
}
