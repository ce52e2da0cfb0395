/// Spells ``TypeRef``s as Swift, qualifying nested declarations (`WebsetSearch.Status`).
struct TypeNames {
    let model: APIModel

    /// How the built-in types are spelled, and the types the builders' lines name (conformances,
    /// the property wrapper, coding helpers): a type of the API must not take these names,
    /// whatever the templates declare.
    static let emittedNames: Set<String> = [
        "String", "Int", "Int32", "Int64", "Int8", "Int16", "UInt8", "UInt16", "UInt32", "UInt64", "Decimal", "Double", "Bool", "Date", "CalendarDate", "ISO8601Date", "LowercasedUUID", "URL", "UUID", "Data", "JSONValue",
        "Codable", "Hashable", "Sendable", "RawRepresentable", "ParameterValue", "Boxed", "Nullable", "BoxedNullable", "AnyCodingKey", "DecodingError",
        "JSONDecoder", "HTTPRequest", "ErrorBody",
    ]

    /// The Swift spelling of `type` where it is used inside `scope` (a declaration, or nil at top level).
    func spelling(_ type: TypeRef, in scope: TypeID? = nil) -> String {
        switch type {
        case .string: return "String"
        case .int: return "Int"
        case .int32: return "Int32"
        case .int64: return "Int64"
        case .int8: return "Int8"
        case .int16: return "Int16"
        case .uint8: return "UInt8"
        case .uint16: return "UInt16"
        case .uint32: return "UInt32"
        case .uint64: return "UInt64"
        case .decimal: return "Decimal"
        case .double: return "Double"
        case .bool: return "Bool"
        case .date: return "Date"
        case .calendarDate: return "CalendarDate"
        case .url: return "URL"
        case .uuid: return "UUID"
        case .data, .base64: return "Data"
        case .json: return "JSONValue"
        case .named(let id): return name(of: id, in: scope)
        case .array(let element): return "[\(spelling(element, in: scope))]"
        case .map(let value): return "[String: \(spelling(value, in: scope))]"
        case .optional(let wrapped): return "\(spelling(wrapped, in: scope))?"
        }
    }

    /// A direct child is named plainly inside its parent; everything else by its full path.
    func name(of id: TypeID, in scope: TypeID?) -> String {
        let declaration = model[id]
        if let scope, declaration.parent == scope { return declaration.name }
        return qualifiedName(of: id)
    }

    func qualifiedName(of id: TypeID) -> String {
        var parts = [model[id].name]
        var parent = model[id].parent
        while let next = parent {
            parts.append(model[next].name)
            parent = model[next].parent
        }
        return parts.reversed().joined(separator: ".")
    }
}
