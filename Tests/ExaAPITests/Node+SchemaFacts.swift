import SpecgenCore

/// What the forward-compatibility tests need to know of an object schema, read from the page.
extension Node {
    /// The names of the schema's properties, in page order.
    var propertyNames: [String] {
        (self["properties"]?.pairs ?? []).map(\.key)
    }

    /// The names of the properties the schema requires.
    var requiredNames: Set<String> {
        Set((self["required"]?.items ?? []).compactMap(\.text))
    }

    /// The properties that may be absent: listed, but not required.
    var optionalPropertyNames: [String] {
        propertyNames.filter { !requiredNames.contains($0) }
    }

    /// The properties whose schema allows `null`, in either style the pages use
    /// (`nullable: true`, or `null` among the `type`s), also inside an `allOf` wrapper.
    var nullablePropertyNames: [String] {
        (self["properties"]?.pairs ?? []).filter { $0.value.allowsNull }.map(\.key)
    }

    /// True when this schema, or a member of its `allOf`, allows `null`.
    var allowsNull: Bool {
        if self["nullable"]?.scalar?.boolValue == true { return true }
        if self["type"]?.text == "null" || (self["type"]?.items ?? []).contains(where: { $0.text == "null" }) { return true }
        return (self["allOf"]?.items ?? []).contains { $0.allowsNull }
    }
}
