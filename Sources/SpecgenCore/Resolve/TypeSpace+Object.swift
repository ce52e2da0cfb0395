/// The properties of an object schema gathered from it, its `allOf` parts and what they reference.
struct CollectedObject {
    var properties: [(name: String, schema: Node)] = []
    var required: Set<String> = []
    var additional: Node?

    mutating func add(_ name: String, _ schema: Node) {
        if let index = properties.firstIndex(where: { $0.name == name }) {
            properties[index].schema = schema
        } else {
            properties.append((name, schema))
        }
    }
}

extension TypeSpace {
    /// A struct's shape: an `allOf` of objects is one struct with every part's properties.
    func objectShape(of node: Node, place: Place) -> ObjectShape {
        var collected = CollectedObject()
        collect(node, into: &collected)
        let properties = collected.properties.map { entry in
            property(entry.name, entry.schema, isRequired: collected.required.contains(entry.name), place: place)
        }
        return ObjectShape(properties: properties, additionalProperties: additionalType(collected.additional, place: place))
    }

    /// Gathers properties from `node`, following `$ref`s and `allOf` parts (parts first, then the
    /// schema's own properties, which refine them).
    func collect(_ node: Node, into collected: inout CollectedObject) {
        if let ref = node["$ref"] {
            guard let target = follow(ref), !following.contains(target.key) else { return }
            following.insert(target.key)
            collect(target.node, into: &collected)
            following.remove(target.key)
        }
        for part in node["allOf"]?.items ?? [] {
            collect(part, into: &collected)
        }
        var properties = node["properties"]
        if let ref = properties?["$ref"] {
            // Some multi-file layouts keep a set of properties in a file of its own.
            properties = follow(ref)?.node
        }
        for pair in properties?.pairs ?? [] {
            collected.add(pair.key, pair.value)
        }
        collected.required.formUnion(SchemaReading.requiredNames(node))
        if let additional = node["additionalProperties"] { collected.additional = additional }
    }

    private func property(_ name: String, _ schema: Node, isRequired: Bool, place: Place) -> Property {
        let resolved = type(of: schema, at: place.child(name, pointer: "properties/" + Place.escape(name)))
        return Property(
            jsonName: name, type: resolved.type, isRequired: isRequired, allowsNull: resolved.allowsNull,
            constant: resolved.constant, documentation: SchemaReading.documentation(of: schema),
            isDeprecated: SchemaReading.isDeprecated(schema))
    }

    /// Typed `additionalProperties` beside fixed ones; `true`, `{}` and `false` add no field.
    private func additionalType(_ node: Node?, place: Place) -> TypeRef? {
        guard let node, node.isMapping, !(node.pairs ?? []).isEmpty else { return nil }
        return type(of: node, at: place.child("AdditionalProperty", pointer: "additionalProperties")).type
    }
}
