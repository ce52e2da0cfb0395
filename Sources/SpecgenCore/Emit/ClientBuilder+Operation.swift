extension ClientBuilder {
    /// One client method: its doc comment, signature, and the statements that build, send and read
    /// the request.
    func operation(_ endpoint: Endpoint, name: String) -> OperationContext {
        var scope = NameScope(reserved: ["request", "body"])
        let parameters = endpoint.parameters.map { ($0, SwiftNamer.escaped(scope.claim(SwiftNamer.memberName($0.name)))) }
        var arguments: [String] = []
        for (parameter, label) in parameters.sorted(by: { Self.order($0.0) < Self.order($1.0) }) {
            let type = names.spelling(parameter.type)
            if let fixed = parameter.fixedValue {
                arguments.append("\(label): \(type) = \(SwiftLiteral.string(fixed))")
            } else {
                arguments.append(parameter.isRequired ? "\(label): \(type)" : "\(label): \(type)? = nil")
            }
        }
        if let body = endpoint.body {
            let type = names.spelling(body.type)
            arguments.insert(body.isRequired ? "body: \(type)" : "body: \(type)? = nil", at: parameters.filter { $0.0.location == .path }.count)
        }
        let success = endpoint.responses.first { $0.isSuccess && $0.type != nil }?.type
        let returns = success.map { " -> \(names.spelling($0))" } ?? ""
        let signature = "\(SwiftNamer.escaped(name))(\(arguments.joined(separator: ", "))) async throws\(returns)"
        return OperationContext(
            docLines: docLines(endpoint, parameters: parameters),
            signature: signature, bodyLines: bodyLines(endpoint, parameters: parameters, success: success))
    }

    /// Path parameters first, then required ones, then optional ones.
    private static func order(_ parameter: Endpoint.Parameter) -> Int {
        if parameter.location == .path { return 0 }
        if parameter.fixedValue != nil { return 3 }
        return parameter.isRequired ? 1 : 2
    }

    private func bodyLines(_ endpoint: Endpoint, parameters: [(Endpoint.Parameter, String)], success: TypeRef?) -> [String] {
        var lines = ["var request = HTTPRequest(method: \(SwiftLiteral.string(endpoint.method)), server: \(endpoint.server.map(SwiftLiteral.string) ?? "Self.defaultServer"), path: \(pathExpression(endpoint, parameters)))"]
        for (parameter, label) in parameters {
            let name = SwiftLiteral.string(parameter.name)
            switch parameter.location {
            case .query where parameter.isStructured: lines.append("try request.addDeepQuery(\(name), \(label))")
            case .query: lines.append("request.addQuery(\(name), \(label))")
            case .header: lines.append("request.setHeader(\(name), \(label))")
            case .cookie: lines.append("request.setHeader(\"Cookie\", \(SwiftLiteral.string(parameter.name + "=")) + \(label).parameterText)")
            case .path: continue
            }
        }
        if let body = endpoint.body {
            if body.type == .data {
                lines.append("request.setBody(body, contentType: \(SwiftLiteral.string(body.contentType)))")
            } else if body.contentType.lowercased().hasPrefix("application/x-www-form-urlencoded") {
                lines.append("try request.setFormBody(body)")
            } else {
                lines.append("try request.setJSONBody(body)")
            }
        }
        if !endpoint.security.isEmpty {
            let alternatives = endpoint.security.map { "[" + $0.map(SwiftLiteral.string).joined(separator: ", ") + "]" }
            lines.append("request.security = [\(alternatives.joined(separator: ", "))]")
        }
        if lines.count == 1 { lines[0] = "let" + lines[0].dropFirst(3) }
        let errors = errorHandler(endpoint)
        let handler = errors.isEmpty ? "" : " { status, data in"
        switch success {
        case .some(.data): lines.append("return try await send(request)\(handler)")
        case .some(let type): lines.append("return try await send(request, as: \(names.spelling(type)).self)\(handler)")
        case .none: lines.append("try await send(request)\(handler)")
        }
        if !errors.isEmpty { lines += errors.map { "    " + $0 } + ["}"] }
        return lines
    }

    /// `"/v0/websets/\(path: webset)/cancel"`: the path template with its parameters escaped.
    private func pathExpression(_ endpoint: Endpoint, _ parameters: [(Endpoint.Parameter, String)]) -> String {
        let labels = Dictionary(parameters.filter { $0.0.location == .path }.map { ($0.0.name, $0.1) }, uniquingKeysWith: { first, _ in first })
        var result = ""
        var rest = Substring(endpoint.path)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            result += String(SwiftLiteral.string(String(rest[..<open])).dropFirst().dropLast())
            let name = String(rest[rest.index(after: open)..<close])
            result += labels[name].map { "\\(path: \($0))" } ?? String(SwiftLiteral.string("{\(name)}").dropFirst().dropLast())
            rest = rest[rest.index(after: close)...]
        }
        result += String(SwiftLiteral.string(String(rest)).dropFirst().dropLast())
        return "\"\(result)\""
    }

    /// The `switch` that decodes a documented error body by status.
    private func errorHandler(_ endpoint: Endpoint) -> [String] {
        var groups: [(patterns: [String], name: String, type: TypeRef)] = []
        var fallback: String?
        for response in endpoint.responses where !response.isSuccess {
            guard let type = response.type, let name = errorCases.first(where: { $0.type == type })?.name else { continue }
            guard let status = response.status else {
                fallback = "default: .\(name)(try JSONDecoder().decode(\(names.spelling(type)).self, from: data))"
                continue
            }
            let pattern = response.isRange ? "\(status)..<\(status + 100)" : String(status)
            if let index = groups.firstIndex(where: { $0.type == type }) {
                groups[index].patterns.append(pattern)
            } else {
                groups.append(([pattern], name, type))
            }
        }
        guard !groups.isEmpty || fallback != nil else { return [] }
        var lines = ["switch status {"]
        for group in groups {
            lines.append("case \(group.patterns.joined(separator: ", ")): .\(group.name)(try JSONDecoder().decode(\(names.spelling(group.type)).self, from: data))")
        }
        lines.append(fallback ?? "default: nil")
        lines.append("}")
        return lines
    }

    private func docLines(_ endpoint: Endpoint, parameters: [(Endpoint.Parameter, String)]) -> [String] {
        var paragraphs: [[String]] = []
        if let summary = endpoint.summary { paragraphs.append(SwiftLiteral.docLines(summary)) }
        if let description = endpoint.documentation, description != endpoint.summary { paragraphs.append(SwiftLiteral.docLines(description)) }
        if paragraphs.isEmpty { paragraphs.append(["\(endpoint.method) \(endpoint.path)"]) }
        var tags: [String] = []
        let documented = parameters.filter { $0.0.documentation != nil }
        if !documented.isEmpty || endpoint.body != nil {
            tags.append("- Parameters:")
            for (parameter, label) in parameters {
                let text = SwiftLiteral.docLines(parameter.documentation).joined(separator: " ")
                tags.append("  - \(label.trimmingCharacters(of: "`")): \(text.isEmpty ? "The `\(parameter.name)` \(parameter.location.rawValue) parameter." : text)")
            }
            if endpoint.body != nil { tags.append("  - body: The request body.") }
        }
        if let success = endpoint.responses.first(where: \.isSuccess), let text = success.documentation, !text.isEmpty, success.type != nil {
            tags.append("- Returns: " + SwiftLiteral.docLines(text).joined(separator: " "))
        }
        tags.append("- Throws: `APIError` for a status other than success, with the documented error body decoded.")
        let mark = endpoint.origin.mark
        var remark = "- Remark: \(endpoint.method) \(endpoint.path)"
        if let path = relativePaths[mark.file] { remark += ", from \(path):\(mark.line):\(mark.column)" }
        tags.append(SwiftLiteral.docLines(remark).joined())
        if endpoint.isDeprecated { tags.append("- Warning: deprecated.") }
        paragraphs.append(tags)
        return paragraphs.map { $0.map { $0.isEmpty ? "///" : "/// \($0)" } }.joined(separator: ["///"]).map { $0 }
    }
}
