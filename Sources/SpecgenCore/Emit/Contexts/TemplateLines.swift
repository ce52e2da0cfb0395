import Mustache

/// Lines of generated code for a template to place: one by one in a section
/// (`{{#decodeLines}}` … `{{.}}` … `{{/decodeLines}}`), or all at once with `{{decodeLines}}` alone
/// on a line, where every line takes that line's indentation. All at once renders several times
/// faster: a section renders its body once per line, and a big spec has hundreds of thousands.
struct TemplateLines: MustacheSequence, MustacheCustomRenderable {
    var lines: [String]

    init(_ lines: [String]) {
        self.lines = lines
    }

    /// Starts each line after the first; the Emit stage replaces it with the indentation of the
    /// line before (``Emitter/tidy(_:)``, ``Emitter/indented(_:)``). No rendered text has it
    /// otherwise: literals escape control characters, and doc comments drop them.
    static let continuation = UInt8(1)
    private static let separator = "\n" + String(UnicodeScalar(continuation))

    var renderText: String {
        lines.joined(separator: Self.separator)
    }

    var isNull: Bool { false }

    func makeIterator() -> IndexingIterator<[String]> {
        lines.makeIterator()
    }
}
