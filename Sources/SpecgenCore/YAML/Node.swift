/// One node of a YAML (or JSON) document, with the place it was read from.
///
/// Values are shared copy-on-write, so an alias costs no more than a reference to its anchor.
public struct Node: Sendable {
    public enum Value: Sendable {
        case scalar(Scalar)
        case sequence([Node])
        case mapping([Pair])
    }

    /// A scalar's text and whether YAML's plain-scalar rules (null, booleans, numbers) apply to it.
    public struct Scalar: Sendable, Hashable {
        public var text: String
        public var isPlain: Bool

        public init(_ text: String, isPlain: Bool) {
            self.text = text
            self.isPlain = isPlain
        }
    }

    /// A mapping entry. Keys are strings in every API description; their place is kept for diagnostics.
    public struct Pair: Sendable {
        public var key: String
        public var keyMark: Mark
        public var value: Node

        public init(key: String, keyMark: Mark, value: Node) {
            self.key = key
            self.keyMark = keyMark
            self.value = value
        }
    }

    public var value: Value
    public var mark: Mark

    public init(_ value: Value, at mark: Mark) {
        self.value = value
        self.mark = mark
    }

    public static func string(_ text: String, at mark: Mark = .unknown) -> Node {
        Node(.scalar(Scalar(text, isPlain: false)), at: mark)
    }

    public static func plain(_ text: String, at mark: Mark = .unknown) -> Node {
        Node(.scalar(Scalar(text, isPlain: true)), at: mark)
    }

    public static func mapping(_ pairs: [(String, Node)], at mark: Mark = .unknown) -> Node {
        Node(.mapping(pairs.map { Pair(key: $0.0, keyMark: $0.1.mark, value: $0.1) }), at: mark)
    }

    public static func sequence(_ items: [Node], at mark: Mark = .unknown) -> Node {
        Node(.sequence(items), at: mark)
    }
}

extension Node {
    public var scalar: Scalar? {
        if case .scalar(let scalar) = value { return scalar }
        return nil
    }

    public var pairs: [Pair]? {
        if case .mapping(let pairs) = value { return pairs }
        return nil
    }

    public var items: [Node]? {
        if case .sequence(let items) = value { return items }
        return nil
    }

    /// The text of a scalar node; nil for collections.
    public var text: String? { scalar?.text }

    /// The value under `key` when this node is a mapping.
    public subscript(key: String) -> Node? {
        guard case .mapping(let pairs) = value else { return nil }
        for pair in pairs where pair.key == key { return pair.value }
        return nil
    }

    public func pair(_ key: String) -> Pair? {
        pairs?.first { $0.key == key }
    }

    public var isMapping: Bool { pairs != nil }

    /// What JSON value this node denotes, after YAML's plain-scalar rules.
    public var jsonKind: JSONKind {
        switch value {
        case .sequence: return .array
        case .mapping: return .object
        case .scalar(let scalar): return scalar.jsonKind
        }
    }

    /// A copy with `key` set to `newValue` (appended when absent, removed when nil).
    public func setting(_ key: String, to newValue: Node?) -> Node {
        guard case .mapping(var pairs) = value else { return self }
        if let index = pairs.firstIndex(where: { $0.key == key }) {
            if let newValue { pairs[index].value = newValue } else { pairs.remove(at: index) }
        } else if let newValue {
            pairs.append(Pair(key: key, keyMark: newValue.mark, value: newValue))
        }
        return Node(.mapping(pairs), at: mark)
    }

    /// True when both nodes hold the same data, wherever they were read from.
    public func hasSameContent(as other: Node) -> Bool {
        switch (value, other.value) {
        case (.scalar(let lhs), .scalar(let rhs)):
            return lhs.text == rhs.text && lhs.jsonKind == rhs.jsonKind
        case (.sequence(let lhs), .sequence(let rhs)):
            return lhs.count == rhs.count && zip(lhs, rhs).allSatisfy { $0.hasSameContent(as: $1) }
        case (.mapping(let lhs), .mapping(let rhs)):
            guard lhs.count == rhs.count else { return false }
            let right = Dictionary(rhs.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
            return lhs.allSatisfy { pair in right[pair.key].map { pair.value.hasSameContent(as: $0) } ?? false }
        default:
            return false
        }
    }
}

/// The kinds of JSON value, as JSON Schema's `type` names them.
public enum JSONKind: String, Sendable, Hashable, CaseIterable, Codable {
    case null, boolean, integer, number, string, array, object
}

extension Node.Scalar {
    /// YAML 1.2 core-schema typing of a plain scalar; quoted scalars are always strings.
    public var jsonKind: JSONKind {
        guard isPlain else { return .string }
        switch text {
        case "", "~", "null", "Null", "NULL": return .null
        case "true", "True", "TRUE", "false", "False", "FALSE": return .boolean
        default: break
        }
        if Int64(text) != nil { return .integer }
        if Self.looksNumeric(text), Double(text) != nil { return .number }
        return .string
    }

    public var boolValue: Bool? {
        guard jsonKind == .boolean else { return nil }
        return text.lowercased() == "true"
    }

    private static func looksNumeric(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first else { return false }
        // Double("nan"), Double("inf") and hex floats parse, but YAML reads them as strings.
        return text.unicodeScalars.allSatisfy { "0123456789+-.eE".unicodeScalars.contains($0) }
            && (first == "-" || first == "+" || first == "." || ("0"..."9").contains(first))
    }
}
