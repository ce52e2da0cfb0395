import Mustache

/// One stored or constant property of a generated struct, with every line the template needs.
struct PropertyContext: MustacheParent {
    var docLines: [String]
    /// `@available(*, deprecated, …)` for a property the description deprecates.
    var attributes: [String] = []
    /// `public var id: String`, or a computed property for a constant or a deprecated property.
    var declaration: String
    /// The private stored property behind a deprecated one.
    var storage: [String] = []
    /// True when the property is stored (constants are computed and take no initializer argument).
    var isStored: Bool
    var initParameter: String
    var initAssignment: String
    var decodeLine: String
    var encodeLine: String

    /// The names ``child(named:)`` answers inside `{{#properties}}`.
    static let keys = TemplateKeys("a property", [
        "docLines": .texts, "attributes": .texts, "declaration": .text, "storage": .texts, "initAssignment": .text,
        "decodeLine": .text, "encodeLine": .text,
    ])

    func child(named name: String) -> Any? {
        switch name {
        case "docLines": docLines
        case "attributes": attributes
        case "declaration": declaration
        case "storage": storage
        case "initAssignment": initAssignment
        case "decodeLine": decodeLine
        case "encodeLine": encodeLine
        default: nil
        }
    }
}

/// An item of a comma-separated list laid out one per line (initializer parameters).
struct ListItem: MustacheParent {
    var text: String
    var separator: String

    static func list(_ texts: [String]) -> [ListItem] {
        texts.enumerated().map { ListItem(text: $1, separator: $0 == texts.count - 1 ? "" : ",") }
    }

    /// The names ``child(named:)`` answers inside a list of items.
    static let keys = TemplateKeys("a list item", ["text": .text, "separator": .text])

    func child(named name: String) -> Any? {
        switch name {
        case "text": text
        case "separator": separator
        default: nil
        }
    }
}

/// A case of a generated enum or union, with its payload and how it is read and written.
struct CaseContext: MustacheParent {
    var docLines: [String] = []
    /// `case pending`, `case company(CompanyEntity)`.
    var declaration: String
    /// Lines of the `init(from:)` or `init(rawValue:)` switch for this case.
    var decodeLine: String
    var encodeLine: String

    /// The names ``child(named:)`` answers inside `{{#cases}}`.
    static let keys = TemplateKeys("a case", [
        "docLines": .texts, "declaration": .text, "decodeLine": .text, "encodeLine": .text,
    ])

    func child(named name: String) -> Any? {
        switch name {
        case "docLines": docLines
        case "declaration": declaration
        case "decodeLine": decodeLine
        case "encodeLine": encodeLine
        default: nil
        }
    }
}
