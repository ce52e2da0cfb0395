/// One entry of a field list a rendered page shows (parameters, authorizations, body and response
/// fields): its name and type, then what the page says of it.
struct ShownField: Sendable {
    var name: String
    var type: ShownType?
    /// `header`, `query`, ... where the list says (authorizations do).
    var location: String?
    var isRequired = false
    var isDeprecated = false
    var description: String?
    /// The page line of the name.
    var line: Int32
    /// What follows `default:`, as shown.
    var defaultValue: String?
    /// The values under `Available options:`.
    var options: [String] = []
    var bounds: [ShownBounds] = []
    /// The names a union's members are shown by (`- Wait`, `- Screenshot`), their fields hidden.
    var unionOptions: [String] = []
    /// Whether a `Show child attributes` toggle follows the field.
    var hasChildToggle = false
    var children: [ShownField] = []
    /// The id of the anchor link before the name (`body-location-country`).
    var anchor: String?

    init(name: String, type: ShownType?, line: Int32, anchor: String?) {
        self.name = name
        self.type = type
        self.line = line
        self.anchor = anchor
    }

    /// Whether `other` is listed inside this field: its anchor extends this one's, or its name is
    /// this one's followed by a dot.
    func encloses(_ other: ShownField) -> Bool {
        if let anchor, let inner = other.anchor { return inner.hasPrefix(anchor + "-") }
        return other.name.hasPrefix(name + ".")
    }
}
