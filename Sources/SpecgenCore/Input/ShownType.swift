/// A type as a rendered page shows it beside a field: `string`, `string<uuid>`, `integer<int64>`,
/// `enum<string>`, `object[]`, `string | null`, `string[] | null`, or alternatives glued together
/// where the page lost their separator (`stringobject`).
struct ShownType: Equatable, Sendable {
    /// One alternative: a base type, its format or enum value type, and how many `[]` follow it.
    struct Alternative: Equatable, Sendable {
        /// `string`, `integer`, `number`, `boolean`, `object`, `array`, `file`, `any`, `null` or `enum`.
        var base: String
        /// What the angle brackets hold: a format (`uuid`), or an enum's value type (`string`).
        var detail: String?
        var arrayDepth = 0
    }

    var alternatives: [Alternative]

    /// Whether one alternative is `null`.
    var allowsNull: Bool { alternatives.contains { $0.base == "null" } }
    /// The alternatives other than `null`.
    var values: [Alternative] { alternatives.filter { $0.base != "null" } }

    static let bases = ["string", "integer", "number", "boolean", "object", "array", "file", "any", "null", "enum"]

    /// Reads a type from a line of the page; nil when the line is not one.
    init?(_ text: some StringProtocol) {
        let parts = PageText.unescaped(text).split(separator: "|").map { $0.trimmingCharacters(of: " ") }
        var alternatives: [Alternative] = []
        for part in parts {
            guard let read = Self.glued(part[...]), !read.isEmpty else { return nil }
            alternatives += read
        }
        guard !alternatives.isEmpty else { return nil }
        self.alternatives = alternatives
    }

    /// One alternative or several written without separators, each `base<detail>[]...`.
    private static func glued(_ text: Substring) -> [Alternative]? {
        var rest = text
        var found: [Alternative] = []
        while !rest.isEmpty {
            guard let base = bases.first(where: { rest.lowercased().hasPrefix($0) }) else { return nil }
            var alternative = Alternative(base: base)
            rest = rest.dropFirst(base.count)
            if rest.first == "<" {
                guard let close = rest.firstIndex(of: ">") else { return nil }
                alternative.detail = String(rest[rest.index(after: rest.startIndex)..<close])
                rest = rest[rest.index(after: close)...]
            }
            while rest.hasPrefix("[]") {
                alternative.arrayDepth += 1
                rest = rest.dropFirst(2)
            }
            found.append(alternative)
        }
        return found
    }
}
