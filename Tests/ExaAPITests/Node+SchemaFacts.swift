import SpecgenCore

/// What the forward-compatibility tests need to know of an object schema, read from the page:
/// which properties may be `null`, which may be absent (also in nested objects), and which are
/// constants.
///
/// Properties are named by paths of keys (`["progress", "timeLeft"]`); items of arrays are not
/// searched.
extension Node {
    /// The paths of the properties whose schema allows `null`.
    var nullablePropertyPaths: [[String]] {
        propertyPaths { _, property, _ in property.allowsNull }
    }

    /// The paths of the properties that may be absent: listed, but not required.
    var optionalPropertyPaths: [[String]] {
        propertyPaths { name, _, owner in !owner.requiredNames.contains(name) }
    }

    /// The properties whose schema (or a member of its `allOf`) fixes their value with `const`,
    /// with that value.
    var constantProperties: [(name: String, value: Node)] {
        (self["properties"]?.pairs ?? []).compactMap { pair in
            pair.value.objectParts.lazy.compactMap { $0["const"] }.first.map { (pair.key, $0) }
        }
    }

    /// True when this schema, or a member of its `allOf`, allows `null` (`nullable: true`, or
    /// `null` among its `type`s).
    var allowsNull: Bool {
        if self["nullable"]?.scalar?.boolValue == true { return true }
        let types = self["type"]?.items?.compactMap(\.text) ?? [self["type"]?.text].compactMap { $0 }
        return types.contains("null") || (self["allOf"]?.items ?? []).contains { $0.allowsNull }
    }

    /// The paths of the properties, here and in nested object schemas, that `matches` picks.
    private func propertyPaths(where matches: (String, Node, Node) -> Bool) -> [[String]] {
        objectParts.flatMap { owner in
            (owner["properties"]?.pairs ?? []).flatMap { pair in
                let here: [[String]] = matches(pair.key, pair.value, owner) ? [[pair.key]] : []
                return here + pair.value.propertyPaths(where: matches).map { [pair.key] + $0 }
            }
        }
    }

    /// This schema and the members of its `allOf`: the places its properties may be listed.
    private var objectParts: [Node] {
        [self] + (self["allOf"]?.items ?? []).flatMap(\.objectParts)
    }

    private var requiredNames: Set<String> {
        Set((self["required"]?.items ?? []).compactMap(\.text))
    }
}
