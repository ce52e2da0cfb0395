extension RenderedPageReader {
    /// The request body an operation takes, if any; a reading that failed is nil (with an error).
    struct Body {
        var node: Node?
    }

    /// The body from the `Body` section's fields, the sample's data (curl `-d`, the object an SDK
    /// call passes) confirming them, or alone inferred from.
    func requestBody(_ shown: inout ShownSchemas, _ diagnostics: inout Diagnostics, at start: Mark) -> Body? {
        let mark = page.body.map { Mark(file: file, line: $0.line, column: 1) } ?? start
        let media = page.body?.mediaType ?? page.curl?.headers.first { $0.name.lowercased() == "content-type" }?.value ?? "application/json"
        guard let example = sampleData(media: media, &diagnostics, at: start) else { return nil }
        if let sdk = page.sdk, sdk.otherArguments > 0, page.body?.fields.isEmpty ?? true {
            diagnostics.warning("the SDK call passes \(sdk.otherArguments) argument(s) besides an object, whose JSON names the page does not show; the body holds the object's fields only", at: start)
        }
        guard let schema = shown.schema(of: page.body, example: example.node, at: mark) else {
            if page.body != nil {
                diagnostics.warning("the Body section lists no fields and the sample sends no data, so the operation takes no body", at: mark)
            }
            return Body(node: nil)
        }
        var content: [(String, Node)] = [("schema", schema)]
        if let value = example.node {
            content.append(("examples", .mapping([("example", .mapping([("value", value)], at: value.mark))], at: value.mark)))
        }
        let isRequired = example.node != nil || (page.body?.fields ?? []).contains(where: \.isRequired)
        return Body(node: .mapping([
            ("required", .plain(isRequired ? "true" : "false", at: mark)),
            ("content", .mapping([(media, .mapping(content, at: mark))], at: mark)),
        ], at: mark))
    }

    /// The data the request sample sends, read as JSON; nil when it is malformed (an error).
    private func sampleData(media: String, _ diagnostics: inout Diagnostics, at start: Mark) -> Body? {
        if let sdk = page.sdk, sdk.bodyIsUnreadable {
            diagnostics.warning("the object the SDK call passes computes its values, so it is not read as an example", at: start)
        }
        guard let (text, line) = page.curl?.data ?? page.sdk?.body else { return Body(node: nil) }
        guard media.contains("json") else {
            diagnostics.warning("the sample sends \(media) data, which is not read; the body is what the Body section lists", at: start)
            return Body(node: nil)
        }
        do {
            return Body(node: try json(text, lineOffset: page.sampleOffset + Int32(line)))
        } catch {
            diagnostics.error("the request sample's data is not valid JSON: \(error.message.replacingOccurrences("invalid YAML: ", ""))", at: error.mark)
            return nil
        }
    }

    /// JSON as a page holds it, where a backslash may end a line (a line break the HTML had).
    func json(_ text: String, lineOffset: Int32) throws(YAMLReader.Failure) -> Node? {
        let repaired = text.replacingOccurrences("\\\n", " \n")
        return try reader.read(Array((repaired.hasSuffix("\\") ? repaired.dropLast() + " " : repaired[...]).utf8), file: file, lineOffset: lineOffset)
    }

    /// One response per status the page shows — in the Response section, above an example, or
    /// as a tab — its schema from its fields and example.
    func responses(_ shown: inout ShownSchemas, _ diagnostics: inout Diagnostics, at start: Mark) -> Node? {
        let statuses = Set(page.examples.flatMap(\.statusTabs) + page.responses.compactMap(\.status)).sorted()
        var entries: [(String, Node)] = []
        for status in statuses {
            let content = page.responses.first { $0.status == status }
            let mark = content.map { Mark(file: file, line: $0.line, column: 1) } ?? start
            var example: Node?
            if let block = page.examples.first(where: { $0.status == status }) {
                do {
                    example = try json(block.source, lineOffset: block.lineOffset)
                } catch {
                    diagnostics.error("the \(status) response example is not valid JSON: \(error.message.replacingOccurrences("invalid YAML: ", ""))", at: error.mark)
                    return nil
                }
            }
            if let content, !content.unionOptions.isEmpty, content.fields.isEmpty, example != nil {
                diagnostics.warning("the \(status) response is one of \(content.unionOptions.count) types the page names but does not show; its type is inferred from the one example", at: mark)
            }
            var response: [(String, Node)] = [("description", .string(content?.description ?? "", at: mark))]
            if let schema = shown.schema(of: content, example: example, at: example?.mark ?? mark) {
                var media: [(String, Node)] = [("schema", schema)]
                if let example { media.append(("examples", .mapping([("example", .mapping([("value", example)], at: example.mark))], at: example.mark))) }
                response.append(("content", .mapping([(content?.mediaType ?? "application/json", .mapping(media, at: mark))], at: mark)))
            }
            entries.append((status, .mapping(response, at: mark)))
        }
        return .mapping(entries, at: start)
    }
}
