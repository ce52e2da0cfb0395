/// The properties of an object schema gathered from it, its `allOf` parts and what they reference.
struct CollectedObject {
    var properties: [(name: String, schema: Node)] = []
    var required: Set<String> = []
    var additional: Node?

    /// Adds a property; a later definition of the same name (a later `allOf` part) replaces the
    /// earlier one and is returned so a contradiction can be reported.
    @discardableResult
    mutating func add(_ name: String, _ schema: Node) -> Node? {
        if let index = properties.firstIndex(where: { $0.name == name }) {
            let earlier = properties[index].schema
            properties[index].schema = schema
            return earlier
        }
        properties.append((name, schema))
        return nil
    }
}

extension TypeSpace {
    /// A struct's shape: an `allOf` of objects is one struct with every part's properties.
    func objectShape(of node: Node, place: Place) -> ObjectShape {
        var collected = CollectedObject()
        collect(node, into: &collected)
        // The properties claim their names before their types declare any nested ones.
        var firstByName: [String: String] = [:]
        let swiftNames = collected.properties.map { entry in
            let name = SwiftNamer.memberName(entry.name)
            if let other = firstByName[name] {
                diagnostics.warning("properties '\(other)' and '\(entry.name)' both map to the Swift name '\(name)'; the second gets a number", at: entry.schema.mark)
            } else {
                firstByName[name] = entry.name
            }
            return claimMember(name, in: place.parent!, reserved: TemplateMembers.structure)
        }
        // A deprecated property is stored under a second name, so the type's own initializer and
        // coding use the storage, and only callers see the deprecated one.
        let storageNames = zip(collected.properties, swiftNames).map { entry, swiftName in
            SchemaReading.isDeprecated(entry.schema) ? claimMember(swiftName + "Storage", in: place.parent!, reserved: TemplateMembers.structure) : nil
        }
        let properties = zip(collected.properties, zip(swiftNames, storageNames)).map { entry, names in
            var property = property(entry.name, swiftName: names.0, entry.schema, isRequired: collected.required.contains(entry.name), place: place)
            property.storageName = names.1
            return property
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
        if let ref = properties?["$ref"], ref.jsonKind == .string {
            // Some multi-file layouts keep a set of properties in a file of its own (a `$ref` whose
            // value is a mapping is a property named `$ref`, as GitHub's SCIM schemas have).
            properties = follow(ref)?.node
        }
        for pair in properties?.pairs ?? [] {
            guard let earlier = collected.add(pair.key, pair.value) else { continue }
            let (before, after) = (SchemaReading.types(of: earlier).names, SchemaReading.types(of: pair.value).names)
            if !before.isEmpty, !after.isEmpty, Set(before).isDisjoint(with: after) {
                diagnostics.warning(
                    "allOf parts disagree on property '\(pair.key)': \(after.joined(separator: " or ")) here, \(before.joined(separator: " or ")) before; this definition wins",
                    at: pair.value.mark, notes: [.init("the earlier definition", at: earlier.mark)])
            }
        }
        collected.required.formUnion(SchemaReading.requiredNames(node))
        if let additional = node["additionalProperties"] { collected.additional = additional }
    }

    private func property(_ name: String, swiftName: String, _ schema: Node, isRequired: Bool, place: Place) -> Property {
        let resolved = type(of: schema, at: place.child(name, pointer: "properties/" + Place.escape(name)))
        return Property(
            jsonName: name, swiftName: swiftName, type: resolved.type, isRequired: isRequired, allowsNull: resolved.allowsNull,
            constant: resolved.constant, documentation: SchemaReading.documentation(of: schema),
            isDeprecated: SchemaReading.isDeprecated(schema))
    }

    /// Typed `additionalProperties` beside fixed ones; `true`, `{}` and `false` add no field.
    private func additionalType(_ node: Node?, place: Place) -> TypeRef? {
        guard let node, node.isMapping, !(node.pairs ?? []).isEmpty else { return nil }
        return type(of: node, at: place.child("AdditionalProperty", pointer: "additionalProperties")).type
    }
}
