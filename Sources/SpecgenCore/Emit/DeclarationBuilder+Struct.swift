extension DeclarationBuilder {
    /// A struct: stored properties, constants as computed properties, an initializer, and coding
    /// written out only when synthesis would get it wrong (dates, constants, required-nullable
    /// fields, additional properties, boxed recursion).
    func structure(_ shape: ObjectShape, id: TypeID, into context: inout DeclarationContext) {
        context.form = .structure
        var scope = NameScope(reserved: ["additionalProperties"])
        context.properties = shape.properties.map { property(for: $0, swiftName: scope.claim(SwiftNamer.memberName($0.jsonName)), in: id) }
        if let additional = shape.additionalProperties {
            context.properties.append(additionalProperties(additional, in: id))
        }
        context.initParameters = ListItem.list(context.properties.filter(\.isStored).map(\.initParameter))
        context.hasCustomCoding = context.properties.contains(where: \.needsCustomCoding)
        context.codingKeys = context.properties.map(\.codingKey).filter { !$0.isEmpty }
        context.hasCodingKeys = context.hasCustomCoding || context.codingKeys.contains { $0.utf8.contains(UInt8(ascii: "=")) }
        if context.hasCustomCoding {
            context.decodePrologue = ["let container = try decoder.container(keyedBy: CodingKeys.self)"]
            context.encodePrologue = ["var container = encoder.container(keyedBy: CodingKeys.self)"]
        }
    }

    private func property(for property: Property, swiftName: String, in id: TypeID) -> PropertyContext {
        let name = SwiftNamer.escaped(swiftName)
        let key = swiftName == property.jsonName ? "case \(name)" : "case \(name) = \(SwiftLiteral.string(property.jsonName))"
        var docs = SwiftLiteral.docLines(property.documentation).map { $0.isEmpty ? "///" : "/// \($0)" }
        // A doc remark, not `@available(*, deprecated)`: the type's own initializer and coding
        // use every property, and would warn.
        if property.isDeprecated { docs += (docs.isEmpty ? [] : ["///"]) + ["/// - Note: Deprecated."] }
        if let constant = property.constant, constant != .null {
            return constantProperty(property, constant, name: name, key: key, docs: docs)
        }
        let type = names.spelling(Self.codableType(property.type), in: id)
        let isOptional = property.allowsNull || !property.isRequired
        let spelled = isOptional ? "\(type)?" : type
        let wrapper = property.isBoxed ? "@Boxed " : ""
        let decodeCall = isOptional ? "decodeIfPresent" : "decode"
        let encodeCall = isOptional && !property.isRequired ? "encodeIfPresent" : "encode"
        return PropertyContext(
            docLines: docs, declaration: "\(wrapper)\(access) var \(name): \(spelled)", isStored: true,
            initParameter: "\(name): \(spelled)\(isOptional && !property.isRequired ? " = nil" : "")",
            initAssignment: "self.\(name) = \(name)", codingKey: key,
            decodeLine: "self.\(name) = try container.\(decodeCall)(\(type).self, forKey: .\(swiftName))",
            encodeLine: "try container.\(encodeCall)(\(name), forKey: .\(swiftName))",
            needsCustomCoding: property.type.containsDate || property.isBoxed || (property.isRequired && property.allowsNull))
    }

    private func constantProperty(_ property: Property, _ constant: JSONLiteral, name: String, key: String, docs: [String]) -> PropertyContext {
        let literal = SwiftLiteral.literal(constant)
        let type = names.spelling(property.type)
        let check = property.isRequired ? "expectConstant" : "expectConstantIfPresent"
        let swiftName = name.trimmingCharacters(of: "`")
        return PropertyContext(
            docLines: docs + (docs.isEmpty ? [] : ["///"]) + ["/// Always `\(literal)`."],
            declaration: "\(access) var \(name): \(type) { \(literal) }", isStored: false,
            initParameter: "", initAssignment: "", codingKey: key,
            decodeLine: "try container.\(check)(\(literal), forKey: .\(swiftName))",
            encodeLine: "try container.encode(\(literal)\(property.type == .double || property.type == .float ? " as \(type)" : ""), forKey: .\(swiftName))",
            needsCustomCoding: true)
    }

    private func additionalProperties(_ type: TypeRef, in id: TypeID) -> PropertyContext {
        let value = names.spelling(Self.codableType(type), in: id)
        return PropertyContext(
            docLines: ["/// Properties beyond the ones listed above."],
            declaration: "\(access) var additionalProperties: [String: \(value)]", isStored: true,
            initParameter: "additionalProperties: [String: \(value)] = [:]",
            initAssignment: "self.additionalProperties = additionalProperties", codingKey: "",
            decodeLine: "self.additionalProperties = try decoder.additionalProperties(excluding: CodingKeys.self)",
            encodeLine: "try encoder.encodeAdditionalProperties(additionalProperties)",
            needsCustomCoding: true)
    }

    /// Dates are coded as ISO 8601 strings where they are properties or arrays of them; deeper
    /// inside dictionaries they are kept as the strings they are in JSON.
    static func codableType(_ type: TypeRef) -> TypeRef {
        switch type {
        case .map(let value) where value.containsDate: return .map(stringForDates(value))
        case .array(let element) where element != .date && element.containsDate: return .array(stringForDates(element))
        default: return type
        }
    }

    private static func stringForDates(_ type: TypeRef) -> TypeRef {
        switch type {
        case .date: return .string
        case .array(let element): return .array(stringForDates(element))
        case .map(let value): return .map(stringForDates(value))
        default: return type
        }
    }
}
