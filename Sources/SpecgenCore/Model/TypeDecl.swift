/// A named Swift type the generator declares: a struct, an enum, a union, or an alias.
public struct TypeDecl: Hashable, Sendable, Codable {
    public var name: String
    /// The declaration this one is nested in (`WebsetSearch.Status` has `WebsetSearch`).
    public var parent: TypeID?
    public var kind: Kind
    public var documentation: String?
    public var origin: Origin
    /// True for a union that holds itself inline or whose cases are large: an `indirect enum`.
    public var isIndirect = false
    /// The schema is deprecated: its memberwise initializer, which only callers use, says so.
    public var isDeprecated = false

    public init(name: String, parent: TypeID? = nil, kind: Kind, documentation: String? = nil, origin: Origin) {
        self.name = name
        self.parent = parent
        self.kind = kind
        self.documentation = documentation
        self.origin = origin
    }

    public enum Kind: Hashable, Sendable, Codable {
        case object(ObjectShape)
        /// A string enum, open: values the spec did not list decode too.
        case stringEnum([EnumValue])
        /// A union decoded by the constant value of one property.
        case taggedUnion(TaggedUnion)
        /// A union decoded by the kind of JSON value (null, boolean, number, string, array, object).
        case kindUnion([KindCase])
        /// A union whose members are tried in order until one decodes.
        case shapeUnion([ShapeCase])
        case alias(TypeRef)

        var isAlias: Bool {
            if case .alias = self { return true }
            return false
        }

        /// The types a union's cases hold; none for other kinds.
        var payloads: [TypeRef] {
            switch self {
            case .taggedUnion(let union): union.cases.map(\.type)
            case .kindUnion(let cases): cases.compactMap(\.type)
            case .shapeUnion(let cases): cases.map(\.type)
            case .object, .stringEnum, .alias: []
            }
        }

        /// The same kind with every declaration it refers to replaced by `transform`'s.
        func replacingReferences(_ transform: (TypeID) -> TypeID) -> Kind {
            switch self {
            case .object(var shape):
                for index in shape.properties.indices {
                    shape.properties[index].type = shape.properties[index].type.replacingReferences(transform)
                }
                shape.additionalProperties = shape.additionalProperties?.replacingReferences(transform)
                return .object(shape)
            case .stringEnum: return self
            case .taggedUnion(var union):
                for index in union.cases.indices {
                    union.cases[index].type = union.cases[index].type.replacingReferences(transform)
                }
                return .taggedUnion(union)
            case .kindUnion(let cases):
                return .kindUnion(cases.map { KindCase(kind: $0.kind, type: $0.type?.replacingReferences(transform)) })
            case .shapeUnion(let cases):
                return .shapeUnion(cases.map { ShapeCase(type: $0.type.replacingReferences(transform), swiftName: $0.swiftName) })
            case .alias(let type): return .alias(type.replacingReferences(transform))
            }
        }
    }
}

/// Where a declaration came from: its JSON pointer and its place in the input.
public struct Origin: Hashable, Sendable, Codable {
    public var pointer: String
    public var mark: Mark
    /// The path of the file `mark` is in, relative to the specs root; nil when it is not known.
    public var file: String?

    public init(pointer: String, mark: Mark, file: String?) {
        self.pointer = pointer
        self.mark = mark
        self.file = file
    }
}

/// A value of a string enum and the Swift name of its case.
public struct EnumValue: Hashable, Sendable, Codable {
    public var value: String
    public var swiftName: String

    public init(value: String, swiftName: String) {
        self.value = value
        self.swiftName = swiftName
    }
}

/// A member of a union tried by shape, and the Swift name of its case.
public struct ShapeCase: Hashable, Sendable, Codable {
    public var type: TypeRef
    public var swiftName: String

    public init(type: TypeRef, swiftName: String) {
        self.type = type
        self.swiftName = swiftName
    }
}

public struct ObjectShape: Hashable, Sendable, Codable {
    public var properties: [Property]
    /// The type of properties beyond the listed ones, when the schema allows and types them.
    public var additionalProperties: TypeRef?

    public init(properties: [Property], additionalProperties: TypeRef? = nil) {
        self.properties = properties
        self.additionalProperties = additionalProperties
    }
}

public struct Property: Hashable, Sendable, Codable {
    public var jsonName: String
    /// The Swift name, claimed in the scope of the declaration that holds the property.
    public var swiftName: String
    public var type: TypeRef
    public var isRequired: Bool
    public var allowsNull: Bool
    /// The value a `const` fixes the property to.
    public var constant: JSONLiteral?
    public var documentation: String?
    public var isDeprecated: Bool
    /// For a deprecated property, the name of the private stored property behind it, claimed in
    /// the same scope.
    public var storageName: String?
    /// True when the property is stored out of line: its type contains its own declaration
    /// without a collection between, or is a struct too large to store inline.
    public var isBoxed: Bool = false
    /// Which direction the property travels in: `readOnly` ones only come back from the API,
    /// `writeOnly` ones are only sent.
    public var direction: Direction = .both
    /// The value the API takes when the property is absent (`default`).
    public var defaultValue: JSONLiteral?

    public enum Direction: Hashable, Sendable, Codable {
        case both
        case readOnly
        case writeOnly
    }

    public init(jsonName: String, swiftName: String, type: TypeRef, isRequired: Bool, allowsNull: Bool,
                constant: JSONLiteral? = nil, documentation: String? = nil, isDeprecated: Bool = false) {
        self.jsonName = jsonName
        self.swiftName = swiftName
        self.type = type
        self.isRequired = isRequired
        self.allowsNull = allowsNull
        self.constant = constant
        self.documentation = documentation
        self.isDeprecated = isDeprecated
    }
}

public struct TaggedUnion: Hashable, Sendable, Codable {
    public struct Case: Hashable, Sendable, Codable {
        public var tag: String
        public var type: TypeRef
        /// The Swift name of the case, claimed once every case's type is declared.
        public var swiftName = ""

        public init(tag: String, type: TypeRef) {
            self.tag = tag
            self.type = type
        }
    }

    /// The JSON name of the property that holds the tag.
    public var tagProperty: String
    public var cases: [Case]

    public init(tagProperty: String, cases: [Case]) {
        self.tagProperty = tagProperty
        self.cases = cases
    }
}

public struct KindCase: Hashable, Sendable, Codable {
    public var kind: JSONKind
    /// The payload type; nil for `null`.
    public var type: TypeRef?

    public init(kind: JSONKind, type: TypeRef?) {
        self.kind = kind
        self.type = type
    }
}
