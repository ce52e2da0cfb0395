/// Finds the tags of a Mustache template, each with the line and column of its name, following
/// `{{=<% %>=}}` delimiter changes.
///
/// It reads only what the validator needs (kinds and names); swift-mustache parses the template
/// for rendering, and has already accepted it when the scanner runs.
struct TemplateScanner {
    private static let defaultOpen = Array("{{".unicodeScalars)
    private static let defaultClose = Array("}}".unicodeScalars)

    private let scalars: [Unicode.Scalar]
    private var index = 0
    private var line = 1
    private var column = 1
    private var open = Self.defaultOpen
    private var close = Self.defaultClose

    init(_ text: String) {
        scalars = Array(text.unicodeScalars)
    }

    /// Every tag of the template, in order.
    static func tags(in text: String) -> [TemplateTag] {
        var scanner = TemplateScanner(text)
        var tags: [TemplateTag] = []
        while scanner.index < scanner.scalars.count {
            if scanner.isAt(scanner.open) {
                tags.append(scanner.readTag())
            } else {
                scanner.advance()
            }
        }
        return tags
    }

    private mutating func readTag() -> TemplateTag {
        let tagLine = line, tagColumn = column
        advance(by: open.count)
        let sigil = current.flatMap { Self.sigils.contains($0) ? $0 : nil }
        if sigil != nil { advance() }
        skipSpaces()
        let nameLine = line, nameColumn = column
        var content = ""
        while index < scalars.count, !isAt(close) {
            content.unicodeScalars.append(scalars[index])
            advance()
        }
        advance(by: close.count)
        if sigil == "{", current == "}" { advance() }
        content = content.trimmingSpaces()
        if sigil == "=" { changeDelimiters(content) }
        let kind = Self.kind(of: sigil, content: content)
        let named = kind == .other ? "" : content.hasPrefix("*") ? String(content.dropFirst()) : content
        let (name, transforms) = TemplateTag.splitTransforms(named)
        let hasName = !named.isEmpty
        return TemplateTag(
            kind: kind, name: name, transforms: transforms,
            line: hasName ? nameLine : tagLine, column: hasName ? nameColumn : tagColumn)
    }

    private static let sigils: Set<Unicode.Scalar> = ["#", "^", "/", "!", ">", "<", "$", "=", "%", "&", "{"]

    private static func kind(of sigil: Unicode.Scalar?, content: String) -> TemplateTag.Kind {
        switch sigil {
        case "#": .section
        case "^": .invertedSection
        case "/": .close
        case ">": .partial(isDynamic: content.hasPrefix("*"))
        case "<": .parent
        case "$": .block
        case "!", "=", "%": .other
        default: .variable
        }
    }

    /// `{{=<% %>=}}`: the content is `<% %>=` once the sigil is read.
    private mutating func changeDelimiters(_ content: String) {
        let parts = content.dropLast(content.hasSuffix("=") ? 1 : 0).split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard parts.count == 2 else { return }
        open = Array(parts[0].unicodeScalars)
        close = Array(parts[1].unicodeScalars)
    }

    private var current: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }

    private func isAt(_ delimiter: [Unicode.Scalar]) -> Bool {
        guard !delimiter.isEmpty, index + delimiter.count <= scalars.count else { return false }
        return scalars[index..<index + delimiter.count].elementsEqual(delimiter)
    }

    private mutating func skipSpaces() {
        while let scalar = current, scalar == " " || scalar == "\t" { advance() }
    }

    private mutating func advance(by count: Int = 1) {
        for _ in 0..<count where index < scalars.count {
            if scalars[index] == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
            index += 1
        }
    }
}

extension String {
    fileprivate func trimmingSpaces() -> String {
        var scalars = Substring(self).unicodeScalars
        while let last = scalars.last, last == " " || last == "\t" || last == "\n" || last == "\r" { scalars.removeLast() }
        return String(scalars)
    }
}
