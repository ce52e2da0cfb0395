/// Where a `$ref` leads: the node, and the key that identifies it across the whole API.
struct RefTarget {
    var key: String
    var node: Node
    var pointer: String
    /// The name a declaration for the target takes (the component name, or the last segment).
    var name: String
}

extension TypeSpace {
    /// Follows `ref` (written in the file its mark names), reporting what cannot be followed.
    func follow(_ ref: Node) -> RefTarget? {
        guard !brokenRefs.contains(ref.mark) else { return nil }
        guard let text = ref.text, ref.jsonKind == .string else {
            diagnostics.error("$ref must be a string", at: ref.mark)
            brokenRefs.insert(ref.mark)
            return nil
        }
        let cacheKey = FollowKey(file: ref.mark.file, ref: text)
        if let cached = followed[cacheKey] { return cached }
        let target = resolve(text, at: ref)
        // Successes are kept by text, failures by place, so every place a broken reference is
        // written gets its error, once.
        if let target { followed[cacheKey] = target } else { brokenRefs.insert(ref.mark) }
        return target
    }

    private func resolve(_ text: String, at ref: Node) -> RefTarget? {
        let base = spec.relativePaths[ref.mark.file] ?? ""
        let reference: Reference
        do {
            reference = try Reference.parse(text, in: base)
        } catch {
            diagnostics.error(error.message, at: ref.mark)
            return nil
        }
        if let target = component(reference) { return target }
        guard let document = spec.documents[reference.file] else {
            unresolved(text, reference: reference, at: ref.mark)
            return nil
        }
        guard let node = document.descendant(at: reference.pointer) else {
            unresolved(text, reference: reference, at: ref.mark)
            return nil
        }
        let stem = reference.fileStem
        return RefTarget(key: reference.description, node: node, pointer: reference.description,
                         name: reference.pointer.last ?? stem)
    }

    /// `#/components/KIND/NAME` in any document is the merged component of that name.
    private func component(_ reference: Reference) -> RefTarget? {
        let pointer = reference.pointer
        guard pointer.count == 3, pointer[0] == "components",
            let node = spec.component(pointer[1], pointer[2])
        else { return nil }
        return RefTarget(key: "\(pointer[1])/\(pointer[2])", node: node,
                         pointer: "#/components/\(pointer[1])/\(Place.escape(pointer[2]))", name: pointer[2])
    }

    private func unresolved(_ text: String, reference: Reference, at mark: Mark) {
        var notes: [Diagnostic.Note] = []
        if reference.pointer.count == 3, reference.pointer[0] == "components",
            let close = closestName(to: reference.pointer[2], in: spec.components[reference.pointer[1]] ?? [])
        {
            notes.append(.init("did you mean '\(close.name)'?", at: close.node.mark))
        }
        diagnostics.error("unresolved $ref '\(text)'", at: mark, notes: notes)
    }

    private func closestName(to name: String, in entries: [(name: String, node: Node)]) -> (name: String, node: Node)? {
        let scored = entries.map { ($0, EditDistance.between(name.lowercased(), $0.name.lowercased())) }
        guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= max(2, name.count / 3) else { return nil }
        return best.0
    }

    /// The type a `$ref` stands for, with what its sibling keywords (`nullable`) add.
    func referenced(_ ref: Node, siblings: Node, at place: Place) -> Resolved {
        guard let target = follow(ref) else { return Resolved(type: .json) }
        let siblingNull = SchemaReading.types(of: siblings).allowsNull
        if let scalar = codedScalar(target.node) {
            // Uses of a schema that is only a date or a UUID are that scalar, coded as everywhere.
            return Resolved(type: scalar, allowsNull: siblingNull || SchemaReading.types(of: target.node).allowsNull)
        }
        if let id = id(forKey: target.key) {
            return Resolved(type: .named(id), allowsNull: siblingNull || allowsNull(target.node, declared: id))
        }
        guard !following.contains(target.key) else {
            diagnostics.error("$ref cycle through '\(target.pointer)' defines no type", at: ref.mark)
            return Resolved(type: .json)
        }
        following.insert(target.key)
        defer { following.remove(target.key) }
        if !declares(target.node) {
            var resolved = type(of: target.node, at: place)
            resolved.allowsNull = resolved.allowsNull || siblingNull
            return resolved
        }
        let id = reserve(key: target.key, name: SwiftNamer.typeName(target.name), parent: nil,
                         origin: origin(target.pointer, at: target.node.mark))
        define(id, from: target.node, pointer: target.pointer)
        return Resolved(type: .named(id), allowsNull: siblingNull || allowsNull(target.node, declared: id))
    }

    /// `.date` or `.uuid` for a schema that is only a `date-time` or `uuid` string.
    private func codedScalar(_ node: Node, depth: Int = 0) -> TypeRef? {
        if let parts = node["allOf"]?.items, depth < 8, let part = singlePart(parts) ?? sameTypePart(parts) {
            return codedScalar(part["$ref"].flatMap(follow)?.node ?? part, depth: depth + 1)
        }
        guard node.isMapping, node["$ref"] == nil, node["enum"] == nil, node["const"] == nil, node["allOf"] == nil,
            unionMembers(node) == nil, SchemaReading.types(of: node).names == ["string"]
        else { return nil }
        switch node["format"]?.text {
        case "date-time": return .date
        case "uuid": return .uuid
        default: return nil
        }
    }

    /// Whether a value of a referenced schema may be null where it is used: kind unions hold their
    /// own `null` case, so they never add an `Optional`.
    private func allowsNull(_ node: Node, declared id: TypeID) -> Bool {
        if case .kindUnion = self[id].kind { return false }
        // A union still being declared (a recursive `JsonValue`) that will be one by kind.
        if let members = unionMembers(node)?.filter({ !isNullSchema($0) }), members.count > 1, node["discriminator"] == nil,
            holdsDistinctKinds(members)
        {
            return false
        }
        if SchemaReading.types(of: node).allowsNull { return true }
        return unionMembers(node)?.contains(where: isNullSchema) ?? false
    }
}
