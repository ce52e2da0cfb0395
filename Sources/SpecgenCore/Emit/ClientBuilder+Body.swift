extension ClientBuilder {
    /// The arguments a request body takes: `body: T`, the choice of content types, or a multipart
    /// body's fields one by one.
    func bodyArguments(_ body: Endpoint.Body) -> [String] {
        if let choice = body.choiceName {
            return [optional(Endpoint.bodyArgument + ": " + choice, !body.isRequired)]
        }
        let content = body.contents[0]
        if content.encoding == .multipart {
            return orderedParts(content).map { part in
                optional(SwiftNamer.escaped(part.swiftName) + ": " + spelling(part), !(part.isRequired && body.isRequired))
            }
        }
        return [optional(Endpoint.bodyArgument + ": " + names.spelling(content.type), !body.isRequired)]
    }

    /// The statements that encode the body into `request`.
    func bodyStatements(_ body: Endpoint.Body) -> [String] {
        guard body.choiceName != nil else {
            return statements(body.contents[0], value: Endpoint.bodyArgument)
        }
        var lines = ["switch \(Endpoint.bodyArgument) {"]
        let unwrap = body.isRequired ? "" : "?"
        for content in body.contents {
            let name = SwiftNamer.escaped(content.swiftName)
            if content.encoding == .multipart {
                let bindings = orderedParts(content).map { "let " + SwiftNamer.escaped($0.swiftName) }.joined(separator: ", ")
                lines.append("case .\(name)(\(bindings))\(unwrap):")
                lines += statements(content, value: "").map { "    " + $0 }
            } else {
                lines.append("case .\(name)(let value)\(unwrap):")
                lines += statements(content, value: "value").map { "    " + $0 }
            }
        }
        if !body.isRequired { lines += ["case nil:", "    break"] }
        return lines + ["}"]
    }

    /// The enum a caller picks a content type with, one case per content type.
    func choiceDeclaration(_ endpoint: Endpoint) -> [String] {
        guard let body = endpoint.body, let choice = body.choiceName else { return [] }
        var lines = [SwiftLiteral.docLine("/// The request bodies `\(endpoint.swiftName)` can send, one per content type."), "\(access) enum \(choice): Sendable {"]
        for content in body.contents {
            lines.append("    " + SwiftLiteral.docLine("/// `\(content.contentType)`"))
            let name = SwiftNamer.escaped(content.swiftName)
            if content.encoding == .multipart {
                let fields = orderedParts(content).map { part in
                    optional(SwiftNamer.escaped(part.swiftName) + ": " + spelling(part), !part.isRequired)
                }
                lines.append("    case \(name)(\(fields.joined(separator: ", ")))")
            } else {
                lines.append("    case \(name)(\(names.spelling(content.type)))")
            }
        }
        return lines + ["}"]
    }

    private func statements(_ content: Endpoint.Body.Content, value: String) -> [String] {
        let header = SwiftLiteral.string(content.contentType)
        switch content.encoding {
        case .json:
            let type = content.contentType == "application/json" ? "" : ", contentType: \(header)"
            return ["try request.setJSONBody(\(value)\(type))"]
        case .text:
            let type = content.contentType == "text/plain" ? "" : ", contentType: \(header)"
            return ["request.setTextBody(\(value)\(type))"]
        case .binary:
            return ["request.setBody(\(value), contentType: \(header))"]
        case .form:
            guard !content.formStyles.isEmpty else { return ["try request.setFormBody(\(value))"] }
            let styles = content.formStyles.map { "\(SwiftLiteral.string($0.name)): (.\($0.style.rawValue), explode: \($0.explode))" }
            return ["try request.setFormBody(\(value), styles: [\(styles.joined(separator: ", "))])"]
        case .multipart:
            let throwing = content.parts.contains { $0.kind == .json }
            var lines = [(throwing ? "try " : "") + "request.setMultipartBody {"]
            for part in content.parts {
                let name = SwiftLiteral.string(part.name)
                let label = SwiftNamer.escaped(part.swiftName)
                let type = part.contentType.map { ", contentType: \(SwiftLiteral.string($0))" } ?? ""
                switch part.kind {
                case .text: lines.append("    $0.addText(\(name), \(label)\(type))")
                case .json: lines.append("    try $0.addJSON(\(name), \(label)\(type))")
                case .file: lines.append("    $0.addFile(\(name), \(label)\(type))")
                }
            }
            return lines + ["}"]
        }
    }

    /// Required fields first, each group in the schema's order.
    private func orderedParts(_ content: Endpoint.Body.Content) -> [Endpoint.Body.Part] {
        content.parts.filter(\.isRequired) + content.parts.filter { !$0.isRequired }
    }

    private func spelling(_ part: Endpoint.Body.Part) -> String {
        guard part.kind == .file else { return names.spelling(part.type) }
        return part.type == .array(.data) ? "[MultipartFile]" : "MultipartFile"
    }

    private func optional(_ argument: String, _ isOptional: Bool) -> String {
        isOptional ? argument + "? = nil" : argument
    }
}
