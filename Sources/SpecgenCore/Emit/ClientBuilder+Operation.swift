extension ClientBuilder {
    /// The client methods of an operation: its doc comment, signature, and the statements that
    /// build, send and read the request; a second method reads a stream the response offers
    /// beside a whole body.
    func operations(_ endpoint: Endpoint) -> [OperationContext] {
        // Optional deprecated parameters: a deprecated method takes them, and one without them
        // does not warn (Swift picks it when they are left out). A required one is only noted.
        let deprecated = endpoint.parameters.filter { $0.isDeprecated && !$0.isRequired && $0.fixedValue == nil }
        guard deprecated.isEmpty else {
            var without = endpoint
            without.parameters.removeAll { parameter in deprecated.contains(parameter) }
            let names = deprecated.map { "'\($0.name)'" }.joined(separator: ", ")
            let message = "@available(*, deprecated, message: \(SwiftLiteral.string("uses parameters the API description deprecates: \(names)")))"
            let full = methods(endpoint).map { method in
                var method = method
                if !endpoint.isDeprecated { method.attributes.append(message) }
                return method
            }
            return full + methods(without)
        }
        return methods(endpoint)
    }

    private func methods(_ endpoint: Endpoint) -> [OperationContext] {
        var arguments: [String] = []
        for parameter in endpoint.parameters.sorted(by: { Self.order($0) < Self.order($1) }) {
            let label = SwiftNamer.escaped(parameter.swiftName)
            let type = names.spelling(parameter.type)
            if let fixed = parameter.fixedValue {
                arguments.append("\(label): \(type) = \(SwiftLiteral.string(fixed))")
            } else {
                arguments.append(parameter.isRequired ? "\(label): \(type)" : "\(label): \(type)? = nil")
            }
        }
        if let body = endpoint.body {
            arguments.insert(contentsOf: bodyArguments(body), at: endpoint.parameters.filter { $0.location == .path }.count)
        }
        let deprecation = "@available(*, deprecated, message: \(SwiftLiteral.string("deprecated by the API description")))"
        func method(_ name: String, returns: String?, accept: String? = nil, reading: [String]) -> OperationContext {
            let signature = "\(SwiftNamer.escaped(name))(\(arguments.joined(separator: ", "))) async throws" + (returns.map { " -> " + $0 } ?? "")
            return OperationContext(
                docLines: docLines(endpoint), attributes: endpoint.isDeprecated ? [deprecation] : [], signature: signature,
                bodyLines: requestLines(endpoint, accept: accept, reading: reading))
        }
        let errors = errorHandler(endpoint)
        let success = endpoint.responses.first(where: \.isSuccess)
        guard let stream = success?.stream, endpoint.outcomeName == nil else {
            return [method(endpoint.swiftName, returns: returnType(endpoint), reading: responseLines(endpoint, errors: errors))]
        }
        let streaming = method(
            endpoint.streamSwiftName ?? endpoint.swiftName, returns: streamType(stream), accept: stream.contentType,
            reading: streamLines(stream, errors: errors))
        guard endpoint.streamSwiftName != nil else { return [streaming] }
        return [method(endpoint.swiftName, returns: returnType(endpoint), reading: responseLines(endpoint, errors: errors)), streaming]
    }

    /// Path parameters first, then required ones, then optional ones.
    private static func order(_ parameter: Endpoint.Parameter) -> Int {
        if parameter.location == .path { return 0 }
        if parameter.fixedValue != nil { return 3 }
        return parameter.isRequired ? 1 : 2
    }

    /// The statements that build the request (asking for `accept` when it is given), then
    /// `reading`, which sends it and reads the response.
    private func requestLines(_ endpoint: Endpoint, accept: String?, reading: [String]) -> [String] {
        var statements: [String] = []
        for parameter in endpoint.parameters where parameter.location != .path {
            let value = (parameter.isStructured ? "object: " : "") + SwiftNamer.escaped(parameter.swiftName)
            let call =
                switch parameter.location {
                case .query: "request.addQuery"
                case .header: "request.setHeader"
                case .cookie, .path: "request.addCookie"
                }
            let arguments = [SwiftLiteral.string(parameter.name), value] + Self.layoutArguments(parameter)
            statements.append((parameter.isStructured ? "try " : "") + call + "(" + arguments.joined(separator: ", ") + ")")
        }
        if let body = endpoint.body { statements += bodyStatements(body) }
        if let accept { statements.append("request.setHeader(\"Accept\", \(SwiftLiteral.string(accept)))") }
        if !endpoint.security.allSatisfy(\.isEmpty) {
            let alternatives = endpoint.security.map { "[" + $0.map(SwiftLiteral.string).joined(separator: ", ") + "]" }
            statements.append("request.security = [\(alternatives.joined(separator: ", "))]")
        }
        // The request is a constant unless a statement above changes it.
        let binding = statements.isEmpty ? "let" : "var"
        let server = endpoint.server.map(SwiftLiteral.string) ?? "Self.defaultServer"
        let path = endpoint.parameters.contains { $0.location == .path && $0.isStructured } ? "try " + pathExpression(endpoint) : pathExpression(endpoint)
        var lines = ["\(binding) request = HTTPRequest(method: \(SwiftLiteral.string(endpoint.method)), server: \(server), path: \(path))"]
        lines += statements
        return lines + reading
    }

    /// `"/v0/websets/\(path: webset)/cancel"`: the path template with its parameters laid out in
    /// their styles and escaped.
    private func pathExpression(_ endpoint: Endpoint) -> String {
        let path = endpoint.parameters.filter { $0.location == .path }
        let pieces = Dictionary(path.map { parameter in
            let value = SwiftNamer.escaped(parameter.swiftName)
            let name = parameter.style == .matrix ? ["name: " + SwiftLiteral.string(parameter.name)] : []
            return (parameter.name, "\\(" + ([(parameter.isStructured ? "pathObject: " : "path: ") + value] + name + Self.layoutArguments(parameter)).joined(separator: ", ") + ")")
        }, uniquingKeysWith: { first, _ in first })
        var result = ""
        var rest = Substring(endpoint.path)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            result += SwiftLiteral.stringContent(String(rest[..<open]))
            let name = String(rest[rest.index(after: open)..<close])
            result += pieces[name] ?? SwiftLiteral.stringContent("{\(name)}")
            rest = rest[rest.index(after: close)...]
        }
        result += SwiftLiteral.stringContent(String(rest))
        return "\"\(result)\""
    }

    /// The `style:`, `explode:` and `allowReserved:` arguments a parameter needs beyond the
    /// defaults of the support functions: the location's default style, exploded in the query and
    /// cookies.
    private static func layoutArguments(_ parameter: Endpoint.Parameter) -> [String] {
        var arguments: [String] = []
        if parameter.style != .default(in: parameter.location) { arguments.append("style: .\(parameter.style.rawValue)") }
        if parameter.explode != (parameter.location == .query || parameter.location == .cookie) {
            arguments.append("explode: \(parameter.explode)")
        }
        if parameter.allowReserved { arguments.append("allowReserved: true") }
        return arguments
    }

    /// The `switch` that decodes a documented error body by status: specific codes first, then
    /// ranges (`4XX`), then `default`.
    private func errorHandler(_ endpoint: Endpoint) -> [String] {
        var documented: [(pattern: String, isRange: Bool, name: String, type: TypeRef)] = []
        var fallback: String?
        for response in endpoint.responses where !response.isSuccess && response.encoding == .json {
            guard let type = response.type, let errorCase = model.errorBodies.first(where: { $0.type == type }) else { continue }
            let name = SwiftNamer.escaped(errorCase.swiftName)
            guard let status = response.status else {
                fallback = "default: .\(name)(try JSONDecoder().decode(\(names.spelling(type)).self, from: data))"
                continue
            }
            documented.append((response.isRange ? "\(status)..<\(status + 100)" : String(status), response.isRange, name, type))
        }
        guard !documented.isEmpty || fallback != nil else { return [] }
        // Neighbours of one type share a case; a specific code never falls into a range before it.
        var groups: [(patterns: [String], name: String, type: TypeRef)] = []
        for entry in documented.filter({ !$0.isRange }) + documented.filter(\.isRange) {
            if let last = groups.last, last.type == entry.type {
                groups[groups.count - 1].patterns.append(entry.pattern)
            } else {
                groups.append(([entry.pattern], entry.name, entry.type))
            }
        }
        var lines = ["switch status {"]
        for group in groups {
            lines.append("case \(group.patterns.joined(separator: ", ")): .\(group.name)(try JSONDecoder().decode(\(names.spelling(group.type)).self, from: data))")
        }
        lines.append(fallback ?? "default: nil")
        lines.append("}")
        return lines
    }

    private func docLines(_ endpoint: Endpoint) -> [String] {
        var paragraphs: [[String]] = []
        if let summary = endpoint.summary { paragraphs.append(SwiftLiteral.docLines(summary)) }
        if let description = endpoint.documentation, description != endpoint.summary { paragraphs.append(SwiftLiteral.docLines(description)) }
        if paragraphs.allSatisfy(\.isEmpty) { paragraphs = [[SwiftLiteral.docLine("\(endpoint.method) \(endpoint.path)")]] }
        var tags: [String] = []
        if endpoint.parameters.contains(where: { $0.documentation != nil }) || endpoint.body != nil {
            tags.append("- Parameters:")
            for parameter in endpoint.parameters {
                let text = parameter.documentation.map(SwiftLiteral.docLine) ?? ""
                let fallback = SwiftLiteral.docLine("The `\(parameter.name)` \(parameter.location.rawValue) parameter.")
                tags.append("  - \(parameter.swiftName): \(text.isEmpty ? fallback : text)" + (parameter.isDeprecated ? " Deprecated." : ""))
            }
            if let body = endpoint.body, body.choiceName == nil, body.contents[0].encoding == .multipart {
                for part in body.contents[0].parts {
                    let text = part.documentation.map(SwiftLiteral.docLine) ?? ""
                    let fallback = SwiftLiteral.docLine("The `\(part.name)` field of the multipart body.")
                    tags.append("  - \(part.swiftName): \(text.isEmpty ? fallback : text)")
                }
            } else if endpoint.body != nil {
                tags.append("  - \(Endpoint.bodyArgument): The request body.")
            }
        }
        if let success = endpoint.responses.first(where: \.isSuccess), let text = success.documentation, !text.isEmpty, success.type != nil {
            tags.append("- Returns: " + SwiftLiteral.docLine(text))
        }
        let errorHeaders = endpoint.responses.filter { !$0.isSuccess && $0.headers != nil }.map { response in
            let status = response.status.map { response.isRange ? "\($0 / 100)XX" : String($0) } ?? "default"
            return "`\(response.headers!)` for \(status)"
        }
        let headersNote = errorHeaders.isEmpty ? "" : "; its documented headers through `headers(as:)`: " + errorHeaders.joined(separator: ", ")
        tags.append(SwiftLiteral.docLine("- Throws: `APIError` for a status other than success, with the documented error body decoded" + headersNote + "."))
        let origin = endpoint.origin
        var remark = "- Remark: \(endpoint.method) \(endpoint.path)"
        if let file = origin.file { remark += ", from \(file):\(origin.mark.line):\(origin.mark.column)" }
        tags.append(SwiftLiteral.docLine(remark))
        paragraphs.append(tags)
        return SwiftLiteral.docComment(paragraphs: paragraphs)
    }
}
