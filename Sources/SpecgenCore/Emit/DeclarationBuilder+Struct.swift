extension DeclarationBuilder {
    /// A struct: stored properties, constants as computed properties, an initializer, and its
    /// coding written out with the JSON names as keys. A `CodingKeys` enum per struct would cost
    /// the compiler some fifty symbols each (GitHub's output builds in 84 s of CPU instead of 106).
    func structure(_ shape: ObjectShape, id: TypeID, into context: inout DeclarationContext) {
        context.form = .structure
        context.properties = shape.properties.map { property(for: $0, in: id) }
        if let additional = shape.additionalProperties {
            let listed = shape.properties.map { SwiftLiteral.string($0.jsonName) }
            context.properties.append(additionalProperties(additional, excluding: listed, in: id))
        }
        context.initParameters = ListItem.list(context.properties.filter(\.isStored).map(\.initParameter))
    }

    private func property(for property: Property, in id: TypeID) -> PropertyContext {
        let name = SwiftNamer.escaped(property.swiftName)
        let key = SwiftLiteral.string(property.jsonName)
        let paragraphs = [SwiftLiteral.docLines(property.documentation), notes(on: property)]
        if let constant = property.constant, constant != .null {
            return constantProperty(property, constant, name: name, key: key, paragraphs: paragraphs)
        }
        let docs = SwiftLiteral.docComment(paragraphs: paragraphs)
        let type = names.spelling(Self.codableType(property.type), in: id)
        // Only values the API sends back are always there: a `readOnly` property is never sent, a
        // `writeOnly` one never comes back, so either may be missing from a value.
        let isRequired = property.isRequired && property.direction == .both
        let isOptional = property.allowsNull || !isRequired
        // An optional property that may be `null` keeps absent and `null` apart.
        let isNullable = property.allowsNull && !isRequired
        let spelled = isOptional ? "\(type)?" : type
        let wrapper = isNullable ? (property.isBoxed ? "@BoxedNullable " : "@Nullable ") : (property.isBoxed ? "@Boxed " : "")
        // A deprecated property is a computed one over private storage, which the initializer and
        // coding use: Swift warns at every use of a deprecated declaration, its own type's too.
        let stored = property.storageName.map(SwiftNamer.escaped) ?? name
        // Inside `encode(to:)`, `container` and `encoder` name the local and the parameter.
        let value = stored == "container" || stored == "encoder" ? "self.\(stored)" : stored
        // A required `writeOnly` property is required where values are made: in requests.
        let argument = property.isRequired && property.direction == .writeOnly && !property.allowsNull ? type : spelled
        // The wrapper's storage (`_name`) and projection (`$name`) take the bare name.
        let bare = stored.trimmingCharacters(in: ["`"])
        var context = PropertyContext(
            docLines: docs, declaration: "\(wrapper)\(access) var \(name): \(spelled)", isStored: true,
            initParameter: "\(name): \(argument)\(isOptional && !property.isRequired || property.direction == .readOnly ? " = nil" : "")",
            initAssignment: "self.\(stored) = \(name)",
            decodeLine: decodeLine(stored: stored, bare: bare, type: type, key: key, isOptional: isOptional, isNullable: isNullable, isBoxed: property.isBoxed),
            encodeLine: "try container.\(isOptional && !isRequired && !isNullable ? "encodeIfPresent" : "encode")(\(isNullable ? "$" + bare : value), forKey: \(key))")
        if property.direction == .readOnly {
            context.encodeLine = "if !encoder.isEncodingRequest { \(context.encodeLine) }"
        }
        if property.storageName != nil {
            context.attributes = ["@available(*, deprecated, message: \(SwiftLiteral.string("deprecated by the API description")))"]
            context.declaration = "\(access) var \(name): \(spelled) {"
            context.storage = ["    get { \(stored) }", "    set { \(stored) = newValue }", "}", "\(wrapper)private var \(stored): \(spelled)"]
        }
        return context
    }

    private func decodeLine(stored: String, bare: String, type: String, key: String, isOptional: Bool, isNullable: Bool, isBoxed: Bool) -> String {
        guard isNullable else {
            return "self.\(stored) = try container.\(isOptional ? "decodeIfPresent" : "decode")(\(type).self, forKey: \(key))"
        }
        let call = "try container.decodeNullable(\(type).self, forKey: \(key))"
        return "self._\(bare) = \(isBoxed ? "BoxedNullable(\(call))" : call)"
    }

    /// What the description says beside the property's own words: deprecated, direction, default.
    private func notes(on property: Property) -> [String] {
        var notes: [String] = []
        if property.isDeprecated { notes.append("- Note: Deprecated.") }
        switch property.direction {
        case .both: break
        case .readOnly: notes.append("- Note: Read-only: sent by the API; the client leaves it out of requests.")
        case .writeOnly: notes.append("- Note: Write-only: sent to the API, which never returns it.")
        }
        if let value = property.defaultValue, value != .null, property.constant == nil {
            notes.append("- Note: When absent, the API takes `\(SwiftLiteral.literal(value))`.")
        }
        return notes
    }

    private func constantProperty(
        _ property: Property, _ constant: JSONLiteral, name: String, key: String, paragraphs: [[String]]
    ) -> PropertyContext {
        let literal = SwiftLiteral.literal(constant)
        let type = names.spelling(property.type)
        let check = property.isRequired ? "expectConstant" : "expectConstantIfPresent"
        return PropertyContext(
            docLines: SwiftLiteral.docComment(paragraphs: paragraphs + [SwiftLiteral.docLines("Always `\(literal)`.")]),
            declaration: "\(access) var \(name): \(type) { \(literal) }", isStored: false,
            initParameter: "", initAssignment: "",
            decodeLine: "try container.\(check)(\(literal), forKey: \(key))",
            encodeLine: "try container.encode(\(literal)\(property.type == .double ? " as \(type)" : ""), forKey: \(key))")
    }

    private func additionalProperties(_ type: TypeRef, excluding listed: [String], in id: TypeID) -> PropertyContext {
        let value = names.spelling(Self.codableType(type), in: id)
        return PropertyContext(
            docLines: ["/// Properties beyond the ones listed above."],
            declaration: "\(access) var additionalProperties: [String: \(value)]", isStored: true,
            initParameter: "additionalProperties: [String: \(value)] = [:]",
            initAssignment: "self.additionalProperties = additionalProperties",
            decodeLine: "self.additionalProperties = try container.additionalProperties(excluding: [\(listed.joined(separator: ", "))])",
            encodeLine: "try container.encodeAdditionalProperties(additionalProperties)")
    }

    /// Dates are coded as ISO 8601 strings where they are properties, or lists or dictionaries of
    /// them; nested deeper they are kept as the strings they are in JSON.
    static func codableType(_ type: TypeRef) -> TypeRef {
        switch type {
        case .map(let value) where value != .date && value.containsDate: return .map(stringForDates(value))
        case .array(let element) where element != .date && element.containsDate: return .array(stringForDates(element))
        default: return type
        }
    }

    private static func stringForDates(_ type: TypeRef) -> TypeRef {
        switch type {
        case .date: return .string
        case .array(let element): return .array(stringForDates(element))
        case .map(let value): return .map(stringForDates(value))
        case .optional(let wrapped): return .optional(stringForDates(wrapped))
        default: return type
        }
    }
}
