import Mustache

/// Everything `Examples.mustache` lays out: the documented examples' transport, one line per operation.
struct ExamplesContext: MustacheParent {
    var header: String
    var access: String
    /// The lines of the JSON table of the operations, one an operation (its path and its
    /// responses' examples), escaped for a multi-line string literal.
    var operations: [String]

    /// The names ``child(named:)`` answers, for checking `Examples.mustache` before it renders.
    static let keys = TemplateKeys("the documented examples", ["header": .text, "access": .text, "operations": .texts])

    func child(named name: String) -> Any? {
        switch name {
        case "header": header
        case "access": access
        case "operations": TemplateLines(operations)
        default: nil
        }
    }
}
