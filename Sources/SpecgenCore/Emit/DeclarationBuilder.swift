/// Makes every decision about how a declaration reads in Swift (names, optionality, coding keys,
/// order) and records it in a ``DeclarationContext`` for the template to lay out.
struct DeclarationBuilder {
    let model: APIModel
    let names: TypeNames
    let access: String
    /// The declarations nested in each declaration, in model order.
    let children: [TypeID: [TypeID]]

    init(model: APIModel, access: String) {
        self.model = model
        self.names = TypeNames(model: model)
        self.access = access
        var children: [TypeID: [TypeID]] = [:]
        // An alias holds no declarations: those of a shared copy are reached through its alias.
        for (index, declaration) in model.types.enumerated() {
            if let parent = declaration.parent, !model[parent].kind.isAlias {
                children[parent, default: []].append(TypeID(index))
            }
        }
        self.children = children
    }

    func context(for id: TypeID) -> DeclarationContext {
        let declaration = model[id]
        var context = DeclarationContext(
            form: .structure, docLines: docLines(declaration), access: access, name: declaration.name)
        switch declaration.kind {
        case .object(let shape): structure(shape, id: id, into: &context)
        case .stringEnum(let values): openEnum(values, into: &context)
        case .taggedUnion(let union): taggedUnion(union, id: id, into: &context)
        case .kindUnion(let cases): kindUnion(cases, id: id, into: &context)
        case .shapeUnion(let cases): shapeUnion(cases, id: id, into: &context)
        case .alias(let type):
            context.form = .alias
            // A schema that is only a date or a UUID stands alone only (its uses are the scalar
            // itself), where a plain `JSONDecoder` would read a `Date` as a number and a `UUID`
            // would be written upper-case: its alias is of the support type that codes it as APIs do.
            switch type {
            case .date: context.aliasedType = "ISO8601Date"
            case .uuid: context.aliasedType = "LowercasedUUID"
            default: context.aliasedType = names.spelling(type)
            }
        }
        if declaration.isDeprecated, context.form == .structure {
            context.initAttributes = ["@available(*, deprecated, message: \(SwiftLiteral.string("deprecated by the API description")))"]
        }
        if context.form != .structure, context.form != .alias, context.form != .openEnum {
            context.keyword = declaration.isIndirect ? "indirect enum" : "enum"
        }
        return context
    }

    private func docLines(_ declaration: TypeDecl) -> [String] {
        let origin = declaration.origin
        var remark = "- Remark: from \(origin.pointer)"
        if let file = origin.file { remark += " (\(file):\(origin.mark.line):\(origin.mark.column))" }
        let note = declaration.isDeprecated ? ["- Note: Deprecated by the API description."] : []
        return SwiftLiteral.docComment(paragraphs: [SwiftLiteral.docLines(declaration.documentation), note + [SwiftLiteral.docLine(remark)]])
    }

    private func openEnum(_ values: [EnumValue], into context: inout DeclarationContext) {
        context.form = .openEnum
        context.keyword = "enum"
        context.conformances = "RawRepresentable, Codable, Hashable, Sendable, ParameterValue"
        context.cases = values.map { value in
            let name = SwiftNamer.escaped(value.swiftName)
            let literal = SwiftLiteral.string(value.value)
            return CaseContext(
                declaration: "case \(name)", decodeLine: "case \(literal): self = .\(name)",
                encodeLine: "case .\(name): \(literal)")
        }
    }

    private func taggedUnion(_ union: TaggedUnion, id: TypeID, into context: inout DeclarationContext) {
        context.form = .taggedUnion
        context.switchSubject = "switch try decoder.tag(forKey: \(SwiftLiteral.string(union.tagProperty))) {"
        context.cases = union.cases.map { member in
            let name = SwiftNamer.escaped(member.swiftName)
            let type = names.spelling(member.type, in: id)
            return CaseContext(
                declaration: "case \(name)(\(type))",
                decodeLine: "case \(SwiftLiteral.string(member.tag)): self = .\(name)(try \(type)(from: decoder))",
                encodeLine: "case .\(name)(let value): try value.encode(to: encoder)")
        }
        context.fallbackDecode = "default: self = .unknown(try JSONValue(from: decoder))"
        context.fallbackEncode = "case .unknown(let value): try value.encode(to: encoder)"
    }

    private func kindUnion(_ cases: [KindCase], id: TypeID, into context: inout DeclarationContext) {
        context.form = .kindUnion
        let order: [JSONKind] = [.null, .boolean, .integer, .number, .string, .array, .object]
        let sorted = cases.sorted { order.firstIndex(of: $0.kind)! < order.firstIndex(of: $1.kind)! }
        context.cases = sorted.map { member in
            let name = Self.kindCaseName(member.kind)
            guard let payload = member.type else {
                return CaseContext(
                    declaration: "case \(name)", decodeLine: "if container.decodeNil() { self = .\(name); return }",
                    encodeLine: "case .\(name): try container.encodeNil()")
            }
            let type = names.spelling(Self.codableType(payload), in: id)
            return CaseContext(
                declaration: "case \(name)(\(type))",
                decodeLine: "if let value = try? container.decode(\(type).self) { self = .\(name)(value); return }",
                encodeLine: "case .\(name)(let value): try container.encode(value)")
        }
        if cases.allSatisfy({ $0.type.map(\.isScalar) ?? false }) {
            context.conformances += ", ParameterValue"
            context.parameterTextLines = cases.map { "case .\(Self.kindCaseName($0.kind))(let value): value.parameterText" }
        }
        let kinds = sorted.map { Self.kindCaseName($0.kind) }.joined(separator: ", ")
        context.fallbackDecode = "throw DecodingError.dataCorruptedError(in: container, debugDescription: \(SwiftLiteral.string("expected one of: \(kinds)")))"
    }

    /// The case of a union by JSON kind: lower-case words, which no nested type (named in upper
    /// camel case or after an underscore) can take.
    static func kindCaseName(_ kind: JSONKind) -> String {
        switch kind {
        case .null: "null"
        case .boolean: "bool"
        case .integer: "int"
        case .number: "number"
        case .string: "string"
        case .array: "array"
        case .object: "object"
        }
    }

    private func shapeUnion(_ cases: [ShapeCase], id: TypeID, into context: inout DeclarationContext) {
        context.form = .shapeUnion
        context.cases = cases.map { member in
            let name = SwiftNamer.escaped(member.swiftName)
            let type = names.spelling(Self.codableType(member.type), in: id)
            // Dates and UUIDs go through the single-value container, where the support code
            // writes them as APIs do (their own coding is a number and upper-case).
            guard member.type.containsDate || member.type == .uuid || member.type == .array(.uuid) else {
                return CaseContext(
                    declaration: "case \(name)(\(type))",
                    decodeLine: "if let value = try? \(type)(from: decoder) { self = .\(name)(value); return }",
                    encodeLine: "case .\(name)(let value): try value.encode(to: encoder)")
            }
            return CaseContext(
                declaration: "case \(name)(\(type))",
                decodeLine: "if let value = try? decoder.singleValueContainer().decode(\(type).self) { self = .\(name)(value); return }",
                encodeLine: "case .\(name)(let value): var container = encoder.singleValueContainer(); try container.encode(value)")
        }
        context.fallbackDecode = "throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: \(SwiftLiteral.string("no member of \(context.name) matched"))))"
    }
}
