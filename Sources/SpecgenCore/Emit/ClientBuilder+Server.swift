extension ClientBuilder {
    /// A blank line and the enum of the document's servers, one function per server that fills
    /// in its variables; empty when it lists none.
    func serverLines() -> [String] {
        guard let list = model.servers else { return [] }
        var lines = [
            "", "/// The servers the API description documents: give one to `Client(serverURL:)`.", "\(access) enum \(list.name) {",
        ]
        for (index, server) in list.servers.enumerated() {
            if index > 0 { lines.append("") }
            lines += documentation(server).map { "    " + $0 }
            var arguments = server.isRelative ? ["relativeTo document: URL"] : []
            arguments += server.variables.map { variable in
                guard let enumName = variable.enumName else {
                    return "\(SwiftNamer.escaped(variable.swiftName)): String = \(SwiftLiteral.string(variable.defaultValue))"
                }
                let chosen = variable.values.first { $0.value == variable.defaultValue } ?? variable.values[0]
                return "\(SwiftNamer.escaped(variable.swiftName)): \(enumName) = .\(SwiftNamer.escaped(chosen.swiftName))"
            }
            let values = server.variables.map { variable in
                SwiftLiteral.string(variable.name) + ": " + SwiftNamer.escaped(variable.swiftName) + (variable.enumName == nil ? "" : ".rawValue")
            }
            let relative = server.isRelative ? ", relativeTo: document" : ""
            lines += [
                "    \(access) static func \(SwiftNamer.escaped(server.swiftName))(\(arguments.joined(separator: ", "))) throws -> URL {",
                "        try ServerTemplate.url(\(SwiftLiteral.string(server.url)), [\(values.isEmpty ? ":" : values.joined(separator: ", "))]\(relative))",
                "    }",
            ]
            for variable in server.variables {
                guard let enumName = variable.enumName else { continue }
                lines += ["", "    " + SwiftLiteral.docLine("/// The values of `{\(variable.name)}` in `\(server.swiftName)`."), "    \(access) enum \(enumName): String, Sendable, CaseIterable {"]
                for value in variable.values {
                    let name = SwiftNamer.escaped(value.swiftName)
                    lines.append("        case \(name)" + (value.swiftName == value.value ? "" : " = \(SwiftLiteral.string(value.value))"))
                }
                lines.append("    }")
            }
        }
        return lines + ["}"]
    }

    private func documentation(_ server: Server) -> [String] {
        var paragraphs: [[String]] = []
        if let text = server.documentation { paragraphs.append(SwiftLiteral.docLines(text)) }
        var tags: [String] = []
        if server.isRelative || !server.variables.isEmpty {
            tags.append("- Parameters:")
            if server.isRelative { tags.append("  - document: Where the API description is served; the server is relative to it.") }
            for variable in server.variables {
                let text = variable.documentation.map(SwiftLiteral.docLine) ?? ""
                tags.append("  - \(variable.swiftName): " + (text.isEmpty ? SwiftLiteral.docLine("The `{\(variable.name)}` of the URL.") : text))
            }
        }
        tags.append(SwiftLiteral.docLine("- Remark: `\(server.url)`"))
        paragraphs.append(tags)
        return SwiftLiteral.docComment(paragraphs: paragraphs)
    }
}
