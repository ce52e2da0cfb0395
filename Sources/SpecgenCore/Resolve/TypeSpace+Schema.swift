import Foundation

extension TypeSpace {
    /// The type a schema has where it is used, declaring what it needs on the way.
    func type(of node: Node, at place: Place) -> Resolved {
        guard node.isMapping else {
            // `true` and `{}` accept anything; `false` accepts nothing, which no Swift type models.
            if node.scalar?.boolValue == nil {
                diagnostics.error("a schema must be a mapping or a boolean", at: node.mark)
            }
            return Resolved(type: .json)
        }
        if let ref = node["$ref"] { return referenced(ref, siblings: node, at: place) }
        let node = misplacedItems(node) ?? node
        if node["not"] != nil {
            diagnostics.warning("'not' is not supported; the schema is read without it", at: node["not"]!.mark)
        }
        let (names, allowsNull) = SchemaReading.types(of: node)
        if let constant = node["const"] {
            let literal = JSONLiteral(constant)
            return Resolved(type: literalType(literal, names: names), allowsNull: allowsNull || literal == .null, constant: literal)
        }
        if let parts = node["allOf"]?.items, let single = singlePart(parts) ?? sameTypePart(parts) {
            var resolved = type(of: single, at: place)
            resolved.allowsNull = resolved.allowsNull || allowsNull
            return resolved
        }
        if let members = unionMembers(node) {
            let nonNull = members.filter { !isNullSchema($0) }
            if let scalar = sameScalar(nonNull), nonNull.count > 1 {
                var resolved = type(of: scalar, at: place)
                resolved.allowsNull = resolved.allowsNull || allowsNull || nonNull.count < members.count
                return resolved
            }
            if nonNull.count == 1, names.isEmpty || names == ["object"] {
                var resolved = type(of: nonNull[0], at: place)
                resolved.allowsNull = resolved.allowsNull || allowsNull || nonNull.count < members.count
                return resolved
            }
        }
        if needsDeclaration(node, typeNames: names) {
            let id = declareInline(node, at: place, name: SwiftNamer.typeName(place.name))
            // A member that allows anything (`{}`) allows `null` too (DigitalOcean's `links.pages`).
            let nullMember = unionMembers(node)?.contains { isNullSchema($0) || SchemaReading.isAnnotationOnly($0) } ?? false
            return Resolved(type: .named(id), allowsNull: allowsNull || (nullMember && !isKindUnion(self[id].kind)))
        }
        return Resolved(type: builtinType(node, names: names, at: place), allowsNull: allowsNull)
    }

    /// What a named schema declares, or nil when it is a plain type (and becomes an alias).
    func declarationKind(of node: Node, place: Place) -> TypeDecl.Kind? {
        guard node.isMapping, node["$ref"] == nil else { return nil }
        let node = misplacedItems(node) ?? node
        let (names, _) = SchemaReading.types(of: node)
        guard needsDeclaration(node, typeNames: names) else { return nil }
        if let parts = node["allOf"]?.items { reportContradictions(parts) }
        if let members = unionMembers(node) {
            let nonNull = members.filter { !isNullSchema($0) }
            if node["oneOf"] == nil, node["discriminator"] == nil, let shape = anyOfObjectShape(of: node, members: nonNull, place: place) {
                return .object(shape)
            }
            return unionKind(nonNull, includesNull: members.count > nonNull.count, node: node, place: place)
        }
        if names.count > 1 { return kindUnionOfTypeList(node, names: names, place: place) }
        if let values = SchemaReading.stringEnumValues(node) {
            return .stringEnum(values.map { value in
                let name = value.isEmpty ? "empty" : SwiftNamer.memberName(value)
                return EnumValue(value: value, swiftName: claimMember(name, in: place.parent!, reserved: TemplateMembers.openEnum))
            })
        }
        return .object(objectShape(of: node, place: place))
    }

    /// An `allOf` whose parts fix disjoint JSON types (a string and an object) describes no value.
    private func reportContradictions(_ parts: [Node]) {
        var seen: (names: [String], mark: Mark)?
        for part in parts {
            let node = part["$ref"].flatMap(follow)?.node ?? part
            var names = SchemaReading.types(of: node).names
            if names.isEmpty, node["properties"] != nil { names = ["object"] }
            guard !names.isEmpty else { continue }
            if let earlier = seen, Set(earlier.names).isDisjoint(with: names) {
                diagnostics.error(
                    "allOf parts contradict: one is \(earlier.names.joined(separator: " or ")), another \(names.joined(separator: " or ")); no value can be both",
                    at: part.mark, notes: [.init("the other part", at: earlier.mark)])
                return
            }
            seen = (names, part.mark)
        }
    }

    /// True when the schema needs a declaration of its own (see ``declarationKind(of:place:)``).
    func declares(_ node: Node) -> Bool {
        guard node.isMapping, node["$ref"] == nil else { return false }
        let node = misplacedItems(node) ?? node
        return needsDeclaration(node, typeNames: SchemaReading.types(of: node).names)
    }

    /// Slack writes `items: [A, B]` where a schema belongs, with no `type: array`, and its
    /// values are one of the listed objects: such a schema is read as their `anyOf`.
    func misplacedItems(_ node: Node) -> Node? {
        guard let list = node["items"], list.items != nil, node["anyOf"] == nil, node["oneOf"] == nil,
            !SchemaReading.types(of: node).names.contains("array")
        else { return nil }
        if reported.insert(list.mark).inserted {
            diagnostics.warning(
                "'items' is a list where a schema belongs (there is no 'type: array'); the value is read as any of the listed schemas",
                at: list.mark)
        }
        return node.setting("items", to: nil).setting("anyOf", to: list)
    }

    /// Objects with properties, string enums, multi-part `allOf`, real unions and type lists.
    private func needsDeclaration(_ node: Node, typeNames names: [String]) -> Bool {
        if node["const"] != nil { return false }
        if let parts = node["allOf"]?.items { return singlePart(parts) == nil && sameTypePart(parts) == nil }
        if let members = unionMembers(node) {
            let nonNull = members.filter { !isNullSchema($0) }
            return nonNull.count > 1 && sameScalar(nonNull) == nil
        }
        if names.count > 1 { return true }
        // A one-value enum is a string: a type of its own would fail on the day the API adds a
        // second value, and say nothing a doc comment cannot.
        if SchemaReading.hasSeveralStringEnumValues(node), names.isEmpty || names == ["string"] { return true }
        if let properties = node["properties"]?.pairs, !properties.isEmpty { return true }
        return false
    }

    /// When every member is the same plain scalar (`anyOf: [{type: string, maxLength: 5000},
    /// {type: string, enum: ['']}]`, Stripe's way to allow clearing a field), one of them.
    func sameScalar(_ members: [Node]) -> Node? {
        guard let first = members.first else { return nil }
        var kind: String?
        for member in members {
            guard member.isMapping, member["$ref"] == nil, unionMembers(member) == nil, member["allOf"] == nil else { return nil }
            let names = SchemaReading.types(of: member).names
            guard names.count == 1, ["string", "integer", "number", "boolean"].contains(names[0]) else { return nil }
            if SchemaReading.hasSeveralStringEnumValues(member) { return nil }
            if member["format"] != nil, member["format"]?.text != first["format"]?.text { return nil }
            guard kind == nil || kind == names[0] else { return nil }
            kind = names[0]
        }
        return first
    }

    func unionMembers(_ node: Node) -> [Node]? {
        (node["oneOf"] ?? node["anyOf"])?.items
    }

    /// A member that allows `null` and constrains nothing else: `type: null`, `nullable: true`,
    /// and DigitalOcean's `{title: 'null', type: object, nullable: true}` beside a `$ref`, which
    /// beside the other members adds only `null`.
    func isNullSchema(_ node: Node) -> Bool {
        let (names, allowsNull) = SchemaReading.types(of: node)
        guard allowsNull, node["$ref"] == nil, node["properties"] == nil else { return false }
        return names.isEmpty
            || names == ["object"] && node["additionalProperties"] == nil && node["allOf"] == nil && unionMembers(node) == nil
    }

    private func isKindUnion(_ kind: TypeDecl.Kind) -> Bool {
        if case .kindUnion = kind { return true }
        return false
    }

    /// The one part of an `allOf` that says something about the type, when there is one.
    func singlePart(_ parts: [Node]) -> Node? {
        let typed = parts.filter { !SchemaReading.isAnnotationOnly($0) }
        return typed.count == 1 ? typed[0] : (parts.count == 1 ? parts[0] : nil)
    }

    /// The part that stands for an `allOf` of several parts that all describe one scalar or array
    /// type (a string and a string pattern, Lob's `bank_…` ids): `"bank_123"` is a string, never
    /// an empty object. A part with a declaration of its own (an enum) is preferred, then one
    /// with a `format` or `items`.
    func sameTypePart(_ parts: [Node]) -> Node? {
        let typed = parts.filter { !SchemaReading.isAnnotationOnly($0) }
        guard typed.count > 1 else { return nil }
        var kind: String?
        var best: (part: Node, score: Int)?
        for part in typed {
            let node = part["$ref"].flatMap(follow)?.node ?? part
            guard node.isMapping, node["properties"] == nil, node["allOf"] == nil, unionMembers(node) == nil,
                node["additionalProperties"] == nil
            else { return nil }
            var names = SchemaReading.types(of: node).names
            if names.isEmpty, SchemaReading.stringEnumValues(node) != nil { names = ["string"] }
            guard names.count <= 1, names.first != "object" else { return nil }
            if let name = names.first {
                guard kind == nil || kind == name else { return nil }
                kind = name
            }
            let score = (declares(node) ? 2 : 0) + (node["format"] != nil || node["items"] != nil ? 1 : 0)
            if best == nil || score > best!.score { best = (part, score) }
        }
        return kind == nil ? nil : best?.part
    }

    private func literalType(_ literal: JSONLiteral?, names: [String]) -> TypeRef {
        switch literal {
        case .bool: return .bool
        case .integer: return names.contains("number") ? .double : .int
        case .number: return .double
        case .string, .null, nil: return .string
        }
    }

    /// Arrays, maps, scalars with their formats, and free-form JSON.
    private func builtinType(_ node: Node, names: [String], at place: Place) -> TypeRef {
        let name = names.first ?? inferredTypeName(node)
        switch name {
        case "array":
            guard var items = node["items"] else { return .array(.json) }
            if let tuple = items.items {
                // Draft 4 tuple `items: [...]` fixes the schema of each position (and leaves later
                // elements free); a Swift array has one element type.
                diagnostics.warning(
                    tuple.count == 1
                        ? "'items' is a list (a draft 4 tuple) of one schema; every element is read as that schema"
                        : "'items' is a list (a draft 4 tuple) of \(tuple.count) schemas; every element is read as any of them",
                    at: items.mark)
                items = tuple.count == 1 ? tuple[0] : .mapping([("anyOf", items)], at: items.mark)
            }
            let element = place.child(SwiftNamer.elementTypeName(place.name), pointer: "items")
            return .array(type(of: items, at: element).orNull)
        case "object":
            return mapType(node, at: place)
        case "string":
            return stringType(format: node["format"]?.text)
        case "integer":
            switch node["format"]?.text {
            case "int64": return .int64
            case "int32": return .int32
            case "int8": return .int8
            case "int16": return .int16
            case "uint8": return .uint8
            case "uint16": return .uint16
            case "uint32": return .uint32
            case "uint64": return .uint64
            default: return reachesBeyondInt64(node) ? .decimal : .int
            }
        case "number":
            // `float` too: APIs send more digits than a `Float` holds (Lob's latitudes).
            return .double
        case "boolean":
            return .bool
        default:
            return .json
        }
    }

    /// True when an integer schema's own bounds, default or examples lie outside `Int64`:
    /// DigitalOcean's Kafka limits are 9223372036854776000 (`Long.MAX_VALUE` as JavaScript prints it).
    private func reachesBeyondInt64(_ node: Node) -> Bool {
        let single = ["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "default", "example"].compactMap { node[$0] }
        let listed = ["enum", "examples"].flatMap { node[$0]?.items ?? [] }
        let range = Decimal(Int64.min)...Decimal(Int64.max)
        return (single + listed).contains { value in
            guard let text = value.text, let number = Decimal(string: text) else { return false }
            return !range.contains(number)
        }
    }

    private func inferredTypeName(_ node: Node) -> String {
        if node["items"] != nil { return "array" }
        if node["additionalProperties"] != nil || node["properties"] != nil { return "object" }
        return ""
    }

    private func stringType(format: String?) -> TypeRef {
        switch format {
        case "date-time": return .date
        case "date": return .calendarDate
        case "byte": return .base64
        case "uri", "url": return .url
        case "uuid": return .uuid
        default: return .string
        }
    }

    /// An object with no fixed properties: a dictionary of its `additionalProperties`.
    private func mapType(_ node: Node, at place: Place) -> TypeRef {
        guard let additional = node["additionalProperties"], additional.isMapping, !(additional.pairs ?? []).isEmpty else {
            return .map(.json)
        }
        let value = place.child(SwiftNamer.typeName(place.name) + "Value", pointer: "additionalProperties")
        return .map(type(of: additional, at: value).orNull)
    }
}
