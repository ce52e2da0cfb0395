/// One `{{…}}` tag of a Mustache template, with the place of its name.
struct TemplateTag: Equatable, Sendable {
    enum Kind: Equatable, Sendable {
        /// `{{name}}`, `{{{name}}}` or `{{&name}}`.
        case variable
        /// `{{#name}}`.
        case section
        /// `{{^name}}`.
        case invertedSection
        /// `{{/name}}`.
        case close
        /// `{{>name}}`, or `{{>*name}}` when the partial's name is read from the context.
        case partial(isDynamic: Bool)
        /// `{{<name}}`: a partial whose `{{$blocks}}` this tag's section overrides.
        case parent
        /// `{{$name}}`: a block a parent template declares or a child overrides.
        case block
        /// Comments, pragmas and delimiter changes: nothing to check.
        case other
    }

    var kind: Kind
    /// The name without transforms: `operations` in `{{#reversed(operations)}}`.
    var name: String
    /// The transforms wrapped around the name, outermost first: `["reversed"]`.
    var transforms: [String]
    /// 1-based line and column (in Unicode scalars) of the name, or of the tag when it has none.
    var line: Int
    var column: Int

    /// What a closing tag must repeat: the name with its transforms, as written.
    var fullName: String {
        transforms.reversed().reduce(name) { inner, transform in "\(transform)(\(inner))" }
    }

    /// Splits `reversed(sorted(items))` into `items` and `["reversed", "sorted"]`.
    static func splitTransforms(_ text: String) -> (name: String, transforms: [String]) {
        var rest = Substring(text)
        var transforms: [String] = []
        while let open = rest.firstIndex(of: "("), rest.hasSuffix(")") {
            transforms.append(String(rest[..<open]))
            rest = rest[rest.index(after: open)..<rest.index(before: rest.endIndex)]
        }
        return (String(rest), transforms)
    }
}
