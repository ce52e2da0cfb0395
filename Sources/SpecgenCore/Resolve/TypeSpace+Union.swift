extension TypeSpace {
    /// Lowers a `oneOf`/`anyOf` through a chain of recognizers, most specific first.
    func unionKind(_ members: [Node], includesNull: Bool, node: Node, place: Place) -> TypeDecl.Kind {
        // Cases claim their names once their types are declared, so a case never takes a
        // nested type's name.
        if var tagged = discriminated(node, members: members, place: place) ?? constantTagged(members, place: place) {
            for index in tagged.cases.indices {
                tagged.cases[index].swiftName = claimMember(
                    SwiftNamer.memberName(tagged.cases[index].tag), in: place.parent!, reserved: TemplateMembers.taggedUnion)
            }
            return .taggedUnion(tagged)
        }
        if let cases = kindCases(members, includesNull: includesNull, place: place) {
            return .kindUnion(cases)
        }
        let types = members.enumerated().map { index, member in
            type(of: member, at: place.child(caseName(member, index: index), pointer: "oneOf/\(index)")).type
        }
        return .shapeUnion(types.map { type in
            ShapeCase(type: type, swiftName: claimMember(SwiftNamer.caseName(for: type) { self[$0].name }, in: place.parent!, reserved: TemplateMembers.union))
        })
    }

    /// `type: [string, number]` is a union of those kinds.
    func kindUnionOfTypeList(_ node: Node, names: [String], place: Place) -> TypeDecl.Kind {
        let members = names.map { node.setting("type", to: .string($0, at: node.mark)) }
        let includesNull = SchemaReading.types(of: node).allowsNull
        return .kindUnion(kindCases(members, includesNull: includesNull, place: place) ?? [])
    }

    /// Lowers a `oneOf` with an explicit `discriminator`: tags from its `mapping`, else from the
    /// names of the referenced member schemas.
    private func discriminated(_ node: Node, members: [Node], place: Place) -> TaggedUnion? {
        guard let discriminator = node["discriminator"], let property = discriminator["propertyName"]?.text else { return nil }
        let mapping = (discriminator["mapping"]?.pairs ?? []).compactMap { pair in pair.value.text.map { (pair.key, $0, pair.value) } }
        var cases: [TaggedUnion.Case] = []
        for (index, member) in members.enumerated() {
            let ref = member["$ref"]?.text
            let tags = mapping.filter { ref != nil && refersToSameSchema($0.1, ref!) }.map(\.0)
            let fallback = ref.map { String($0.split(separator: "/").last ?? "") } ?? constantTag(of: member, property: property)
            for tag in tags.isEmpty ? (fallback.map { [$0] } ?? []) : tags {
                cases.append(.init(tag: tag, type: type(of: member, at: place.child(tag, pointer: "oneOf/\(index)")).type))
            }
        }
        for (tag, ref, refNode) in mapping where !cases.contains(where: { $0.tag == tag }) {
            let member = Node.mapping([("$ref", .string(ref, at: refNode.mark))], at: refNode.mark)
            cases.append(.init(tag: tag, type: type(of: member, at: place.child(tag, pointer: "discriminator")).type))
        }
        return cases.isEmpty ? nil : TaggedUnion(tagProperty: property, cases: cases)
    }

    private func refersToSameSchema(_ lhs: String, _ rhs: String) -> Bool {
        lhs == rhs || lhs.split(separator: "/").last == rhs.split(separator: "/").last
    }

    /// Lowers a `oneOf` whose members each fix one property to a different constant.
    ///
    /// For example, `Entity` = `oneOf: [CompanyEntity, PersonEntity]`, where each member has
    /// `type: {const: company}` and `type: {const: person}`, becomes a Swift enum decoded by `type`.
    /// Returns nil when the members do not share such a property.
    private func constantTagged(_ members: [Node], place: Place) -> TaggedUnion? {
        guard members.count > 1 else { return nil }
        let shapes = members.map { member -> CollectedObject in
            var collected = CollectedObject()
            collect(member, into: &collected)
            return collected
        }
        for candidate in shapes[0].properties.map(\.name) {
            let tags = zip(members, shapes).map { member, _ in constantTag(of: member, property: candidate) }
            let values = tags.compactMap { $0 }
            guard values.count == members.count, Set(values).count == values.count else { continue }
            let cases = zip(members, values).enumerated().map { index, pair in
                TaggedUnion.Case(tag: pair.1, type: type(of: pair.0, at: place.child(pair.1, pointer: "oneOf/\(index)")).type)
            }
            return TaggedUnion(tagProperty: candidate, cases: cases)
        }
        return nil
    }

    /// The constant a member fixes `property` to: its `const`, or the only value of its `enum`.
    private func constantTag(of member: Node, property: String) -> String? {
        var collected = CollectedObject()
        collect(member, into: &collected)
        guard let schema = collected.properties.first(where: { $0.name == property })?.schema else { return nil }
        let resolved = schema["$ref"].flatMap(follow)?.node ?? schema
        let fixed = resolved["allOf"]?.items.flatMap(singlePart) ?? resolved
        if let constant = fixed["const"]?.text { return constant }
        if let values = SchemaReading.stringEnumValues(fixed), values.count == 1 { return values[0] }
        return nil
    }

    /// Members told apart by the kind of JSON value alone (the recursive `JsonValue` of page 004).
    private func kindCases(_ members: [Node], includesNull: Bool, place: Place) -> [KindCase]? {
        var cases: [KindCase] = includesNull ? [KindCase(kind: .null, type: nil)] : []
        for (index, member) in members.enumerated() {
            guard let kind = jsonKind(of: member), !cases.contains(where: { $0.kind == kind }) else { return nil }
            let resolved = type(of: member, at: place.child(SwiftNamer.typeName(kind.rawValue), pointer: "oneOf/\(index)"))
            cases.append(KindCase(kind: kind, type: resolved.type))
        }
        return cases
    }

    /// True when each member fixes a JSON kind of its own: a union decoded by kind.
    func holdsDistinctKinds(_ members: [Node]) -> Bool {
        var kinds: Set<JSONKind> = []
        return members.allSatisfy { member in jsonKind(of: member).map { kinds.insert($0).inserted } ?? false }
    }

    /// The one JSON kind a member's values have, when the schema fixes it.
    private func jsonKind(of member: Node) -> JSONKind? {
        let node = member["$ref"].flatMap(follow)?.node ?? member
        if unionMembers(node) != nil { return nil }
        let names = SchemaReading.types(of: node).names
        if names.count == 1, let kind = JSONKind(rawValue: names[0]) { return kind }
        if names.isEmpty, node["properties"] != nil { return .object }
        if names.isEmpty, SchemaReading.stringEnumValues(node) != nil { return .string }
        return nil
    }

    private func caseName(_ member: Node, index: Int) -> String {
        if let ref = member["$ref"]?.text, let last = ref.split(separator: "/").last { return String(last) }
        if let title = member["title"]?.text { return title }
        return "Case\(index + 1)"
    }
}
