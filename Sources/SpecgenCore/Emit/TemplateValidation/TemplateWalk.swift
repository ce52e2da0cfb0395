/// Follows a template's sections as rendering would, so each name is looked up in the contexts
/// that are open where it is used: the innermost first, then the ones around it, as Mustache does.
struct TemplateWalk {
    /// What a section put in reach of the names inside it.
    private enum Scope {
        case context(TemplateKeys)
        /// A string or number: nothing to look up in.
        case value
        /// A section over a name already reported: names inside it are not checked again.
        case unchecked
    }

    private struct Frame {
        var hasScope: Bool
        /// True for a section over a list, where `{{first()}}` and the like tell where the element stands.
        var isIteration = false
    }

    private var scopes: [Scope]
    private var frames: [Frame] = []
    private let templateNames: Set<String>
    private(set) var issues: [TemplateValidator.Issue] = []

    init(root: TemplateKeys, templateNames: Set<String>) {
        scopes = [.context(root)]
        self.templateNames = templateNames
    }

    mutating func visit(_ tag: TemplateTag) {
        switch tag.kind {
        case .variable, .partial(isDynamic: true):
            _ = resolve(tag)
        case .section:
            let resolution = resolve(tag)
            let scope: Scope? = if case .value(let value) = resolution { Self.scope(inside: value) } else { .unchecked }
            if let scope { scopes.append(scope) }
            frames.append(Frame(hasScope: scope != nil, isIteration: resolution.isList))
        case .invertedSection:
            _ = resolve(tag)
            frames.append(Frame(hasScope: false))
        case .parent:
            checkTemplateName(tag)
            frames.append(Frame(hasScope: false))
        case .block:
            frames.append(Frame(hasScope: false))
        case .close:
            if let frame = frames.popLast(), frame.hasScope { scopes.removeLast() }
        case .partial(isDynamic: false):
            checkTemplateName(tag)
        case .other:
            break
        }
    }

    /// What a section over a value of this kind looks names up in; nil when it renders in place.
    private static func scope(inside value: TemplateKeys.Value) -> Scope? {
        switch value {
        case .flag: nil
        case .text, .number, .texts: .value
        case .list(let keys), .context(let keys): .context(keys)
        }
    }

    private mutating func checkTemplateName(_ tag: TemplateTag) {
        guard !templateNames.contains(tag.name) else { return }
        let known = templateNames.sorted().joined(separator: ", ")
        report(tag, "no template named '\(tag.name)' (the templates are \(known))")
    }

    /// What looking a tag's name up found.
    private enum Resolution {
        /// The value the name holds, after the tag's transforms.
        case value(TemplateKeys.Value)
        /// The name is wrong, and was reported.
        case reported
        /// The name is inside a section already reported, so it is not checked.
        case unchecked

        var isList: Bool {
            switch self {
            case .value(.list), .value(.texts): true
            default: false
            }
        }
    }

    private mutating func resolve(_ tag: TemplateTag) -> Resolution {
        if scopes.contains(where: { if case .unchecked = $0 { true } else { false } }) { return .unchecked }
        if tag.name.isEmpty, let position = tag.transforms.first {
            guard tag.transforms.count == 1, let value = TemplateTransforms.applyToPosition(position) else {
                report(tag, "'\(tag.fullName)' is not a transform of a list element (use first(), last(), index(), even() or odd())")
                return .reported
            }
            guard frames.last(where: \.hasScope)?.isIteration == true else {
                report(tag, "'\(tag.fullName)' only has a value inside a section over a list")
                return .reported
            }
            return .value(value)
        }
        var value: TemplateKeys.Value
        switch lookUp(tag) {
        case .success(let found): value = found
        case .failure(let message):
            report(tag, message.text)
            return .reported
        }
        for transform in tag.transforms.reversed() {
            guard let transformed = TemplateTransforms.apply(transform, to: value) else {
                report(tag, "the transform '\(transform)' does not apply to \(TemplateTransforms.describe(value))")
                return .reported
            }
            value = transformed
        }
        return .value(value)
    }

    private struct Message: Error {
        var text: String
    }

    private func lookUp(_ tag: TemplateTag) -> Result<TemplateKeys.Value, Message> {
        if tag.name == "." { return .success(current) }
        let isAnchored = tag.name.hasPrefix(".")
        let segments = tag.name.split(separator: ".").map(String.init)
        guard let first = segments.first else { return .success(current) }
        let searched = isAnchored ? Array(scopes.suffix(1)) : scopes.reversed()
        var value: TemplateKeys.Value
        if let found = searched.lazy.compactMap({ scope -> TemplateKeys.Value? in
            if case .context(let keys) = scope { return keys[first] }
            return nil
        }).first {
            value = found
        } else {
            return .failure(Message(text: unknown(first)))
        }
        for segment in segments.dropFirst() {
            guard case .context(let keys) = value, let found = keys[segment] else {
                return .failure(Message(text: "'\(segment)' is not a name of \(TemplateTransforms.describe(value))"))
            }
            value = found
        }
        return .success(value)
    }

    /// What `{{.}}` is here.
    private var current: TemplateKeys.Value {
        if case .context(let keys) = scopes.last { return .context(keys) }
        return .text
    }

    private func unknown(_ name: String) -> String {
        let contexts = scopes.reversed().compactMap { scope -> TemplateKeys? in
            if case .context(let keys) = scope { return keys }
            return nil
        }
        let place = contexts.map(\.description).joined(separator: " in ")
        let names = Set(contexts.flatMap(\.names))
        let close = names.map { ($0, EditDistance.between($0.lowercased(), name.lowercased())) }
            .filter { $0.1 <= max(2, name.count / 3) }.min { ($0.1, $0.0) < ($1.1, $1.0) }
        if let close { return "unknown name '\(name)' (in \(place)); did you mean '\(close.0)'?" }
        return "unknown name '\(name)' (in \(place)); the names here are \(names.sorted().joined(separator: ", "))"
    }

    private mutating func report(_ tag: TemplateTag, _ message: String) {
        issues.append(TemplateValidator.Issue(line: tag.line, column: tag.column, message: message))
    }
}
