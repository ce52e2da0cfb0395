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
        return objectShape(collected, place: place)
    }

    /// An `anyOf` of objects as one struct: a value may match several members, so a union that
    /// kept the first member to decode would drop what the others read. Every member's
    /// properties are kept; one is required when every member requires it.
    func anyOfObjectShape(of node: Node, members: [Node], place: Place) -> ObjectShape? {
        // A member that allows anything (`{}`, DigitalOcean's third `pages` member) adds nothing.
        let shapes = members.filter { !SchemaReading.isAnnotationOnly($0) }.map { member -> CollectedObject? in
            let target = member["$ref"].flatMap(follow)?.node ?? member
            guard unionMembers(target) == nil, SchemaReading.types(of: target).names.allSatisfy({ $0 == "object" }) else { return nil }
            var collected = CollectedObject()
            collect(member, into: &collected)
            return collected.properties.isEmpty ? nil : collected
        }
        guard shapes.count > 1, shapes.allSatisfy({ $0 != nil }) else { return nil }
        var merged = CollectedObject()
        collect(node, into: &merged)
        var required: Set<String>?
        for case let shape? in shapes {
            for (name, schema) in shape.properties {
                guard let earlier = merged.properties.first(where: { $0.name == name })?.schema else {
                    merged.add(name, schema)
                    continue
                }
                let (before, after) = (SchemaReading.types(of: earlier).names, SchemaReading.types(of: schema).names)
                if !before.isEmpty, !after.isEmpty, before != after {
                    // Members that type one property differently: it holds whichever JSON comes.
                    merged.add(name, .mapping([], at: schema.mark))
                }
            }
            required = required.map { $0.intersection(shape.required) } ?? shape.required
            if shape.additional != nil { merged.additional = shape.additional }
        }
        merged.required.formUnion(required ?? [])
        return objectShape(merged, place: place)
    }

    private func objectShape(_ collected: CollectedObject, place: Place) -> ObjectShape {
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
        var property = Property(
            jsonName: name, swiftName: swiftName, type: resolved.type, isRequired: isRequired, allowsNull: resolved.allowsNull,
            constant: resolved.constant, documentation: SchemaReading.documentation(of: schema),
            isDeprecated: SchemaReading.isDeprecated(schema))
        // `readOnly`, `writeOnly` and `default` beside a `$ref` annotate the property, else the
        // schema the reference leads to says them.
        let target = schema["$ref"].flatMap(follow)?.node
        if SchemaReading.flag("readOnly", of: schema, else: target) {
            property.direction = .readOnly
        } else if SchemaReading.flag("writeOnly", of: schema, else: target) {
            property.direction = .writeOnly
        }
        property.defaultValue = (schema["default"] ?? target?["default"]).flatMap(JSONLiteral.init)
        return property
    }

    /// The type of `additionalProperties` beside fixed ones: `true` and `{}` keep any JSON, a
    /// schema its type; `false` and no keyword add no field (properties the schema does not
    /// mention are then dropped, which keeps decoding fast).
    private func additionalType(_ node: Node?, place: Place) -> TypeRef? {
        guard let node else { return nil }
        if node.scalar?.boolValue == true || node.pairs?.isEmpty == true { return .json }
        guard node.isMapping else { return nil }
        return type(of: node, at: place.child("AdditionalProperty", pointer: "additionalProperties")).orNull
    }
}
