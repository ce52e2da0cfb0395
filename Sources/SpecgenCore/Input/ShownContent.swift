/// A request or response body as a rendered page's `Body` or `Response` section shows it: the
/// media type, a description, the type (`The response is of type `object[]`.`), the names of a
/// union's members, and the field list.
struct ShownContent: Sendable {
    /// The status a response section shows (`200`); nil for the body.
    var status: String?
    var mediaType: String?
    var description: String?
    var type: ShownType?
    /// The names a union's members are listed by (`* WebsetCreatedEvent`), their fields hidden.
    var unionOptions: [String] = []
    var fields: [ShownField] = []
    /// The line of the status or of the section heading.
    var line: Int32

    init(_ lines: ArraySlice<PageText.Line>, status: String?, line: Int32) {
        self.status = status
        self.line = line
        let list = FieldList(lines)
        fields = list.fields
        for preamble in list.preamble {
            readPreamble(PageText.unescaped(preamble.trimmed))
        }
    }

    private mutating func readPreamble(_ text: String) {
        if Self.isGluedTabs(text) { return }
        if text.hasPrefix("- ") || text.hasPrefix("* ") {
            unionOptions.append(text.dropFirst(2).trimmingCharacters(of: " "))
        } else if let shown = Self.shownType(text) {
            type = type ?? shown
        } else if mediaType == nil, description == nil, Self.isMediaType(text) {
            mediaType = text
        } else if description == nil {
            description = text
        }
    }

    /// `The response is of type `object`.` or `The body is of type `string[]`.`
    private static func shownType(_ text: String) -> ShownType? {
        guard text.hasPrefix("The "), text.contains(" is of type `"), let open = text.firstIndex(of: "`") else { return nil }
        let rest = text[text.index(after: open)...]
        return rest.firstIndex(of: "`").flatMap { ShownType(rest[..<$0]) }
    }

    static func isMediaType(_ text: some StringProtocol) -> Bool {
        let parts = text.split(separator: "/")
        return parts.count == 2 && !text.contains(" ") && parts.allSatisfy { !$0.isEmpty }
    }

    /// The labels of status tabs run together (`200404`).
    private static func isGluedTabs(_ text: String) -> Bool {
        text.count > 3 && text.count % 3 == 0 && text.allSatisfy(\.isNumber)
    }
}
