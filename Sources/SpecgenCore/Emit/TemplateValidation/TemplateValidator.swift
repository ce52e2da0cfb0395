import Mustache

/// Checks a template before it renders: it must parse, and every name it uses must be one its
/// context holds, so a typo is an error at its line instead of silently empty output.
///
/// For example, `{{#propertys}}` in `Type.mustache` is reported as
/// `Type.mustache:12:4: error: unknown name 'propertys' (in a declaration); did you mean 'properties'?`.
public enum TemplateValidator {
    /// One problem at a 1-based line and column (in Unicode scalars) of the template.
    public struct Issue: Sendable, Equatable, CustomStringConvertible {
        public var line: Int
        public var column: Int
        public var message: String

        public var description: String { "line \(line), column \(column): \(message)" }
    }

    /// The context each template specgen renders is given.
    static let roots: [String: TemplateKeys] = [
        "Types": TypesFileContext.keys,
        "Type": DeclarationContext.keys,
        "Client": ClientContext.keys,
        "Support": SupportContext.keys,
        "Server": ServerContext.keys,
        "ServerSupport": SupportContext.keys,
        "Examples": ExamplesContext.keys,
    ]

    /// The names of the templates specgen renders (and that a templates folder may replace).
    public static var templateNames: [String] { roots.keys.sorted() }

    /// Every problem of `text` used as the template called `name`; empty when it may render.
    public static func issues(in text: String, named name: String) -> [Issue] {
        guard let root = roots[name] else {
            let known = templateNames.joined(separator: ", ")
            return [Issue(line: 1, column: 1, message: "specgen renders no template named '\(name)' (it renders \(known))")]
        }
        do {
            _ = try MustacheTemplate(string: text)
        } catch let error as MustacheTemplate.ParserError {
            return [Issue(line: error.context.lineNumber, column: error.context.columnNumber, message: describe(error.error))]
        } catch {
            return [Issue(line: 1, column: 1, message: "\(error)")]
        }
        var walk = TemplateWalk(root: root, templateNames: Set(roots.keys))
        for tag in TemplateScanner.tags(in: text) { walk.visit(tag) }
        return walk.issues
    }

    /// Throws the first problem of `text` as an ``Emitter/TemplateError``.
    static func check(_ text: String, named name: String) throws(Emitter.TemplateError) {
        if let issue = issues(in: text, named: name).first {
            throw Emitter.TemplateError(template: name, message: issue.description)
        }
    }

    private static func describe(_ error: any Error) -> String {
        switch error as? MustacheTemplate.Error {
        case .sectionCloseNameIncorrect: "this closing tag does not match the section it closes"
        case .unfinishedName: "unfinished tag or malformed name"
        case .expectedSectionEnd: "a section is never closed"
        case .invalidSetDelimiter: "malformed delimiter change"
        case .invalidConfigVariableSyntax, .unrecognisedConfigVariable: "unknown pragma (specgen templates use {{% CONTENT_TYPE: TEXT}})"
        default: "cannot parse the template: \(error)"
        }
    }
}
