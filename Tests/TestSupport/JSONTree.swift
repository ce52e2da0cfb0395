import Foundation

/// A JSON value as the tests compare it: numbers by value (`50` equals `50.0`), objects by key
/// whatever their order, and `true` never equal to `1`.
///
/// Written for the tests, so that a comparison does not lean on the generated `JSONValue` or
/// `JsonValue` it is meant to check.
package enum JSONTree: Hashable, Sendable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONTree])
    case object([String: JSONTree])

    package init(data: Data) throws {
        self = try JSONDecoder().decode(JSONTree.self, from: data)
    }

    package init(text: String) throws {
        try self.init(data: Data(text.utf8))
    }

    /// The JSON a plain `JSONEncoder()` writes for `value`.
    package init(encoding value: some Encodable) throws {
        try self.init(data: JSONEncoder().encode(value))
    }

    /// The JSON text with sorted keys, to send and to show in failure messages.
    package var data: Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        // Encoding a tree of plain JSON values cannot fail.
        return (try? encoder.encode(self)) ?? Data()
    }

    package var text: String { String(decoding: data, as: UTF8.self) }

    /// The value under `key` of an object; nil for other kinds or a missing key.
    package subscript(key: String) -> JSONTree? {
        guard case .object(let members) = self else { return nil }
        return members[key]
    }

    package var isObject: Bool {
        if case .object = self { return true }
        return false
    }

    package var string: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    /// The value at `path` of nested objects; nil when some key is missing.
    package func value(at path: some Collection<String>) -> JSONTree? {
        guard let first = path.first else { return self }
        return self[first]?.value(at: path.dropFirst())
    }

    /// A copy with the value at `path` of nested objects set to `value` (`.null` writes `null`);
    /// unchanged when a key before the last is missing.
    package func setting(path: some Collection<String>, to value: JSONTree) -> JSONTree {
        replacing(path: path, with: value)
    }

    /// A copy of this object with `key` set to `value` (`.null` writes `null`).
    package func setting(_ key: String, to value: JSONTree) -> JSONTree {
        setting(path: [key], to: value)
    }

    /// A copy without the value at `path` of nested objects.
    package func removing(path: some Collection<String>) -> JSONTree {
        replacing(path: path, with: nil)
    }

    private func replacing(path: some Collection<String>, with value: JSONTree?) -> JSONTree {
        guard let first = path.first, case .object(var members) = self else { return self }
        if path.count == 1 {
            members[first] = value
        } else if let child = members[first] {
            members[first] = child.replacing(path: path.dropFirst(), with: value)
        }
        return .object(members)
    }
}

extension JSONTree: Codable {
    package init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([JSONTree].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: JSONTree].self))
        }
    }

    package func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let value): try container.encode(value)
        case .number(let value): try container.encode(value)
        case .string(let value): try container.encode(value)
        case .array(let value): try container.encode(value)
        case .object(let value): try container.encode(value)
        }
    }
}

extension JSONTree: CustomStringConvertible {
    package var description: String { text }
}

extension JSONTree: ExpressibleByNilLiteral, ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByFloatLiteral, ExpressibleByStringLiteral, ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral
{
    package init(nilLiteral: ()) { self = .null }
    package init(booleanLiteral value: Bool) { self = .bool(value) }
    package init(integerLiteral value: Int) { self = .number(Double(value)) }
    package init(floatLiteral value: Double) { self = .number(value) }
    package init(stringLiteral value: String) { self = .string(value) }
    package init(arrayLiteral elements: JSONTree...) { self = .array(elements) }

    package init(dictionaryLiteral elements: (String, JSONTree)...) {
        self = .object(Dictionary(elements, uniquingKeysWith: { _, last in last }))
    }
}
