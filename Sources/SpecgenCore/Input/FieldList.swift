/// Reads the field list of one section of a rendered page: the lines before the first field (a
/// media type, a description, union options), then each field from its name and type on.
///
/// A field starts where a line holding one word is followed by a line holding a type, whether or
/// not an anchor link (`[](#body-query)`) stands before it, as some layouts have none.
struct FieldList {
    /// The lines before the first field, without chrome.
    var preamble: [PageText.Line] = []
    var fields: [ShownField] = []

    init(_ lines: some Collection<PageText.Line>) {
        let entries = Self.entries(lines)
        var index = 0
        var flat: [ShownField] = []
        var anchor: String?
        while index < entries.count {
            if case .anchor(let id) = entries[index] {
                anchor = id
                index += 1
                continue
            }
            if let field = Self.fieldStart(entries, at: index, anchor: anchor) {
                var reader = FieldAttributes(field: field)
                index += 2
                while index < entries.count, !entries[index].isAnchor, Self.fieldStart(entries, at: index, anchor: nil) == nil {
                    reader.read(entries, at: &index)
                }
                flat.append(reader.field)
            } else if flat.isEmpty, case .text(let line) = entries[index] {
                preamble.append(line)
                index += 1
            } else {
                index += 1
            }
            anchor = nil
        }
        fields = Self.nested(flat[...])
    }

    /// A line of the section: text, or an anchor link (`[](#id)`, or `[` and `](#id)` on two lines).
    enum Entry {
        case text(PageText.Line)
        case anchor(String)

        var isAnchor: Bool {
            if case .anchor = self { return true }
            return false
        }

        var line: PageText.Line? {
            if case .text(let line) = self { return line }
            return nil
        }
    }

    private static func entries(_ lines: some Collection<PageText.Line>) -> [Entry] {
        var entries: [Entry] = []
        var pendingBracket = false
        for line in lines {
            let text = line.trimmed
            if text.isEmpty || (PageChrome.isChrome(text) && !PageChrome.isChildToggle(text)) { continue }
            if text == "[" {
                pendingBracket = true
                continue
            }
            let link = pendingBracket ? "[" + text : String(text)
            pendingBracket = false
            if link.hasPrefix("[]("), let hash = link.lastIndex(of: "#") {
                entries.append(.anchor(String(link[link.index(after: hash)...].prefix { $0 != ")" })))
            } else {
                entries.append(.text(PageText.Line(number: line.number, text: line.text)))
            }
        }
        return entries
    }

    /// A field begins at a one-word line followed by a type line.
    private static func fieldStart(_ entries: [Entry], at index: Int, anchor: String?) -> ShownField? {
        guard index + 1 < entries.count, let nameLine = entries[index].line, let typeLine = entries[index + 1].line else { return nil }
        let name = PageText.unescaped(nameLine.trimmed)
        guard isName(name), let type = ShownType(typeLine.trimmed) else { return nil }
        return ShownField(name: name, type: type, line: nameLine.number, anchor: anchor)
    }

    private static func isName(_ text: String) -> Bool {
        guard let first = text.first, !text.contains(" "), !text.hasSuffix(":"), !PageChrome.isChrome(text) else { return false }
        return first.isLetter || first.isNumber || "_$@".contains(first)
    }

    /// Puts each field that another encloses (the one before it with a child toggle) inside it.
    private static func nested(_ fields: ArraySlice<ShownField>) -> [ShownField] {
        var result: [ShownField] = []
        var rest = fields
        while var field = rest.popFirst() {
            if field.hasChildToggle {
                let inner = rest.prefix { field.encloses($0) }
                rest = rest.dropFirst(inner.count)
                field.children = nested(inner.map { child in
                    var child = child
                    if child.name.hasPrefix(field.name + ".") { child.name.removeFirst(field.name.count + 1) }
                    return child
                }[...])
            }
            result.append(field)
        }
        return result
    }
}
