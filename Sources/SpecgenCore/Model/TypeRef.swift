/// A reference to a Swift type in the model: a built-in, a declaration, or a collection of either.
public indirect enum TypeRef: Hashable, Sendable, Codable {
    case string
    case int
    case int32
    case int64
    case int8
    case int16
    case uint8
    case uint16
    case uint32
    case uint64
    /// An integer that an API documents beyond `Int64` (its bounds, default or examples):
    /// Foundation's `Decimal`, which `JSONDecoder` and `JSONEncoder` read and write digit for digit.
    case decimal
    case double
    case bool
    /// `format: date-time`.
    case date
    /// `format: date` (`2024-01-05`): the support library's `CalendarDate`.
    case calendarDate
    case url
    case uuid
    /// `format: byte`: bytes that travel as base64 text, Swift's `Data` (which `JSONEncoder`
    /// writes as base64).
    case base64
    /// Raw bytes: a body of a media type other than JSON or text.
    case data
    /// Free-form JSON: the support library's `JSONValue`.
    case json
    case named(TypeID)
    case array(TypeRef)
    case map(TypeRef)
    /// An element of a list or a value of a dictionary that may be `null` (`[String: GistFile?]`:
    /// GitHub deletes a gist's file when its value is `null`).
    case optional(TypeRef)

    /// The JSON kind values of this type take, when that is fixed by the type alone.
    public var jsonKind: JSONKind? {
        switch self {
        case .string, .date, .calendarDate, .url, .uuid, .base64: return .string
        case .int, .int32, .int64, .int8, .int16, .uint8, .uint16, .uint32, .uint64, .decimal: return .integer
        case .double: return .number
        case .bool: return .boolean
        case .array: return .array
        case .map: return .object
        case .json, .named, .data, .optional: return nil
        }
    }

    /// True for strings, numbers, Booleans and their formats: what a parameter can carry.
    public var isScalar: Bool {
        switch self {
        case .string, .int, .int32, .int64, .int8, .int16, .uint8, .uint16, .uint32, .uint64, .decimal, .double, .bool, .date,
            .calendarDate, .url, .uuid, .base64:
            return true
        default: return false
        }
    }

    /// The same type with every declaration it names replaced by `transform`'s.
    func replacingReferences(_ transform: (TypeID) -> TypeID) -> TypeRef {
        switch self {
        case .named(let id): return .named(transform(id))
        case .array(let element): return .array(element.replacingReferences(transform))
        case .map(let value): return .map(value.replacingReferences(transform))
        case .optional(let wrapped): return .optional(wrapped.replacingReferences(transform))
        default: return self
        }
    }

    /// True when values of this type hold a `Date`, which needs explicit ISO 8601 coding.
    public var containsDate: Bool {
        switch self {
        case .date: return true
        case .array(let element), .map(let element), .optional(let element): return element.containsDate
        default: return false
        }
    }
}

/// The identity of a declaration: its index in ``APIModel/types``.
public struct TypeID: Hashable, Sendable, Codable, Comparable {
    public var index: Int

    public init(_ index: Int) {
        self.index = index
    }

    public static func < (lhs: TypeID, rhs: TypeID) -> Bool { lhs.index < rhs.index }
}

/// A JSON scalar written in the spec (`const`, `default`, an enum value).
public enum JSONLiteral: Hashable, Sendable, Codable {
    case string(String)
    case integer(Int64)
    case number(Double)
    case bool(Bool)
    case null

    init?(_ node: Node) {
        guard let scalar = node.scalar else { return nil }
        switch scalar.jsonKind {
        case .null: self = .null
        case .boolean: self = .bool(scalar.boolValue ?? false)
        case .integer: self = Int64(scalar.text).map(JSONLiteral.integer) ?? .string(scalar.text)
        case .number: self = Double(scalar.text).map(JSONLiteral.number) ?? .string(scalar.text)
        default: self = .string(scalar.text)
        }
    }
}
