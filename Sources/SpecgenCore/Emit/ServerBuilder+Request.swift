extension ServerBuilder {
    /// The expression that reads a parameter as its style lays it out (inside the handler's call,
    /// which is marked `try`); a missing required one is a 400.
    func parameterValue(_ parameter: Endpoint.Parameter) -> String {
        let name = SwiftLiteral.string(parameter.name)
        var arguments = ["as: \(names.spelling(parameter.type)).self"]
        if parameter.isValueOrObject {
            arguments.append("shape: .valueOrObject")
        } else if parameter.isStructured {
            arguments.append("shape: .object")
        } else if case .array = unaliased(parameter.type) {
            arguments.append("shape: .list")
        }
        let explodesByDefault = parameter.location == .query || parameter.location == .cookie
        if (parameter.location == .path || parameter.location == .query), parameter.style != .default(in: parameter.location) {
            arguments.append("style: .\(parameter.style.rawValue)")
        }
        if parameter.explode != explodesByDefault { arguments.append("explode: \(parameter.explode)") }
        if parameter.location == .query, parameter.allowReserved { arguments.append("allowReserved: true") }
        if parameter.isStructured, parameter.style == .form, parameter.explode, let keys = flatKeys(parameter.type) {
            arguments.append("keys: " + Self.setLiteral(keys))
        }
        let read: String
        switch parameter.location {
        case .path: return "request.path(\(([name, "path"] + arguments).joined(separator: ", ")))"
        case .query: read = "request.query"
        case .header: read = "request.header"
        case .cookie: read = "request.cookie"
        }
        let call = read + "(" + ([name] + arguments).joined(separator: ", ") + ")"
        guard parameter.isRequired else { return call }
        let what = parameter.location == .query ? "the query parameter" : "the \(parameter.location.rawValue)"
        return "ServerRequest.required(\(call), \(SwiftLiteral.string("\(what) '\(parameter.name)'")))"
    }

    /// The handler's body arguments: `body: T`, the choice of content types, or a multipart body's
    /// fields one by one (the client's).
    func bodyArguments(_ body: Endpoint.Body) -> [String] {
        if let choice = body.choiceName { return ["\(Endpoint.bodyArgument): \(choice)\(body.isRequired ? "" : "?")"] }
        let content = body.contents[0]
        guard content.encoding == .multipart else {
            return ["\(Endpoint.bodyArgument): \(names.spelling(content.type))\(body.isRequired ? "" : "?")"]
        }
        return orderedParts(content).map { part in
            "\(SwiftNamer.escaped(part.swiftName)): \(spelling(part))\(part.isRequired && body.isRequired ? "" : "?")"
        }
    }

    /// The values of ``bodyArguments(_:)`` (inside the handler's call, which is marked `try`),
    /// read by the lines of ``bodyReading(_:)``.
    func bodyValues(_ body: Endpoint.Body) -> [String] {
        let content = body.contents[0]
        guard body.choiceName == nil, content.encoding == .multipart else {
            let value = body.choiceName == nil ? read(content) : Endpoint.bodyArgument
            return ["\(Endpoint.bodyArgument): " + (body.isRequired ? "ServerRequest.required(\(value), \"the body\")" : value)]
        }
        return orderedParts(content).map { part in
            "\(SwiftNamer.argumentLabel(part.swiftName)): " + partValue(part, parts: body.isRequired ? "parts" : "parts?", isRequired: part.isRequired && body.isRequired)
        }
    }

    /// The statements before the handler's call that read a multipart body or pick a content type.
    func bodyReading(_ endpoint: Endpoint) -> [String] {
        guard let body = endpoint.body else { return [] }
        if body.choiceName == nil {
            guard body.contents[0].encoding == .multipart else { return [] }
            return ["let parts = try " + (body.isRequired ? "ServerRequest.required(request.multipartBody(), \"the body\")" : "request.multipartBody()")]
        }
        var lines = ["let \(Endpoint.bodyArgument): \(body.choiceName!)?", "if request.body.isEmpty {", "    \(Endpoint.bodyArgument) = nil"]
        for content in body.contents {
            lines.append("} else if request.hasMediaType(\(SwiftLiteral.string(content.contentType))) {")
            let name = SwiftNamer.escaped(content.swiftName)
            guard content.encoding == .multipart else {
                lines.append("    \(Endpoint.bodyArgument) = .\(name)(try ServerRequest.required(\(read(content)), \"the body\"))")
                continue
            }
            lines.append("    let parts = try ServerRequest.required(request.multipartBody(), \"the body\")")
            let fields = orderedParts(content).map { part in
                SwiftNamer.argumentLabel(part.swiftName) + ": " + partValue(part, parts: "parts", isRequired: part.isRequired)
            }
            // Optional files are read without throwing; any other field may throw.
            let throwing = content.parts.contains { $0.isRequired || $0.kind != .file }
            lines.append("    \(Endpoint.bodyArgument) = \(throwing ? "try " : "").\(name)(\(fields.joined(separator: ", ")))")
        }
        let types = body.contents.map(\.contentType).joined(separator: ", ")
        lines += ["} else {", "    throw BadRequest(\(SwiftLiteral.string("the body must be one of: \(types)")), status: 415)", "}"]
        return lines
    }

    /// `request.jsonBody(Pet.self)`: the expression that reads a body of one content type.
    private func read(_ content: Endpoint.Body.Content) -> String {
        let type = SwiftLiteral.string(content.contentType)
        switch content.encoding {
        case .json:
            let contentType = content.contentType == "application/json" ? "" : ", contentType: \(type)"
            return "request.jsonBody(\(names.spelling(content.type)).self\(contentType))"
        case .text:
            return "request.textBody(" + (content.contentType == "text/plain" ? "" : "contentType: \(type)") + ")"
        case .binary:
            return "request.dataBody(contentType: \(type))"
        case .form:
            let styles = content.formStyles.map { "\(SwiftLiteral.string($0.name)): (.\($0.style.rawValue), explode: \($0.explode))" }
            let fields = objectProperties(content.type) ?? []
            let flat = content.flatObjects.map { name in
                let keys = fields.first { $0.jsonName == name }.flatMap { flatKeys($0.type) }
                return SwiftLiteral.string(name) + ": " + (keys.map(Self.setLiteral) ?? "nil")
            }
            return "request.formBody(\(names.spelling(content.type)).self" + (styles.isEmpty ? "" : ", styles: [\(styles.joined(separator: ", "))]")
                + (flat.isEmpty ? "" : ", flatObjects: [\(flat.joined(separator: ", "))]") + ")"
        case .multipart:
            return "request.multipartBody()"
        }
    }

    /// The names an object laid out flat (exploded `form`) is read from: its properties', or those
    /// of a union's object members; nil when it takes any name (a dictionary, additional
    /// properties).
    private func flatKeys(_ type: TypeRef) -> [String]? {
        guard case .named(let id) = unaliased(type) else { return nil }
        switch model[id].kind {
        case .object(let shape):
            return shape.additionalProperties == nil ? shape.properties.map(\.jsonName) : nil
        case .kindUnion, .shapeUnion:
            var keys: [String] = []
            for member in model[id].kind.payloads where objectProperties(member) != nil {
                guard let own = flatKeys(member) else { return nil }
                keys += own
            }
            return keys
        default:
            return nil
        }
    }

    /// The properties of an object type, through aliases.
    private func objectProperties(_ type: TypeRef) -> [Property]? {
        guard case .named(let id) = unaliased(type), case .object(let shape) = model[id].kind else { return nil }
        return shape.properties
    }

    private static func setLiteral(_ keys: [String]) -> String {
        "[" + Array(Set(keys)).sorted().map(SwiftLiteral.string).joined(separator: ", ") + "]"
    }

    /// A multipart field read from `parts`: text as its type, JSON decoded, files as they came.
    private func partValue(_ part: Endpoint.Body.Part, parts: String, isRequired: Bool) -> String {
        let name = SwiftLiteral.string(part.name)
        let call: String
        switch part.kind {
        case .text: call = "\(parts).text(\(name), as: \(names.spelling(part.type)).self)"
        case .json: call = "\(parts).json(\(name), as: \(names.spelling(part.type)).self)"
        case .file: call = "\(parts).\(part.type == .array(.data) ? "files" : "file")(\(name))"
        }
        guard isRequired else { return call }
        return "ServerRequest.required(\(call), \(SwiftLiteral.string("the field '\(part.name)'")))"
    }

    /// Required fields first, each group in the schema's order (the client's order).
    private func orderedParts(_ content: Endpoint.Body.Content) -> [Endpoint.Body.Part] {
        content.parts.filter(\.isRequired) + content.parts.filter { !$0.isRequired }
    }

    private func spelling(_ part: Endpoint.Body.Part) -> String {
        guard part.kind == .file else { return names.spelling(part.type) }
        return part.type == .array(.data) ? "[MultipartFile]" : "MultipartFile"
    }
}
