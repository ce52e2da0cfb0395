/// The transforms swift-mustache applies (`{{lowercased(name)}}`, `{{#reversed(list)}}`), and
/// what each makes of a value; a transform that does not apply renders nothing, so it is an error.
enum TemplateTransforms {
    static func apply(_ transform: String, to value: TemplateKeys.Value) -> TemplateKeys.Value? {
        switch (transform, value) {
        case ("empty", .text), ("empty", .texts), ("empty", .list): .flag
        case ("capitalized", .text), ("lowercased", .text), ("uppercased", .text), ("reversed", .text): .text
        case ("first", .texts), ("last", .texts): .text
        case ("first", .list(let keys)), ("last", .list(let keys)): .context(keys)
        case ("reversed", .texts), ("sorted", .texts): .texts
        case ("reversed", .list(let keys)): .list(keys)
        case ("count", .texts), ("count", .list): .number
        case ("equalzero", .number), ("even", .number), ("odd", .number): .flag
        case ("plusone", .number), ("minusone", .number): .number
        default: nil
        }
    }

    /// `{{first()}}`, `{{#last()}}`: where the element being rendered stands in its list.
    static func applyToPosition(_ transform: String) -> TemplateKeys.Value? {
        switch transform {
        case "first", "last", "even", "odd": .flag
        case "index": .number
        default: nil
        }
    }

    /// How messages name a kind of value.
    static func describe(_ value: TemplateKeys.Value) -> String {
        switch value {
        case .text: "a string"
        case .flag: "a Boolean"
        case .number: "a number"
        case .texts: "a list of strings"
        case .list: "a list"
        case .context(let keys): keys.description
        }
    }
}
