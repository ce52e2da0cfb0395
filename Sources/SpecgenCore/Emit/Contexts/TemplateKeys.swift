/// The names a template may use inside one context, and what each name holds.
///
/// Every context type lists its names here beside its `child(named:)` switch, so a template that
/// names something the context does not have is an error before it renders, not an empty line in
/// the output. For example, `Type.mustache` may write `{{#properties}}{{declaration}}{{/properties}}`
/// because ``DeclarationContext/keys`` holds `properties` as a list of ``PropertyContext/keys``.
struct TemplateKeys: Sendable {
    /// What a name holds, which decides what a section over it iterates and which transforms apply.
    indirect enum Value: Sendable {
        /// A string, printed by `{{name}}`.
        case text
        /// A Boolean: `{{#name}}` renders its section when true, in the same context.
        case flag
        /// An integer (only produced by transforms such as `count(list)`).
        case number
        /// A list of strings: `{{#name}}{{.}}{{/name}}` prints each.
        case texts
        /// A list of contexts: `{{#name}}` renders its section once per element, inside it.
        case list(TemplateKeys)
        /// One context (only produced by transforms such as `first(list)`).
        case context(TemplateKeys)
    }

    /// How messages name the context, e.g. "a property".
    var description: String
    var values: [String: Value]

    init(_ description: String, _ values: [String: Value]) {
        self.description = description
        self.values = values
    }

    subscript(name: String) -> Value? { values[name] }

    /// The names, sorted, for messages.
    var names: [String] { values.keys.sorted() }
}
