/// An example response body a spec shows (`examples.NAME.value` or `example` of a media type).
public struct ResponseExample: Sendable {
    public var method: String
    public var path: String
    public var status: String
    /// The media type the example is shown for (`application/json`).
    public var mediaType: String
    public var name: String
    /// The example as JSON text.
    public var json: String
    public var mark: Mark
}

extension SpecSet {
    /// Every example response body of every operation, in operation order.
    public var responseExamples: [ResponseExample] {
        operations.flatMap { operation in
            (operation.node["responses"]?.pairs ?? []).flatMap { status in
                (status.value["content"]?.pairs ?? []).flatMap { media in
                    examples(in: media.value).map { name, value in
                        ResponseExample(
                            method: operation.method.uppercased(), path: operation.path, status: status.key, mediaType: media.key, name: name,
                            json: JSONWriter.json(value), mark: value.mark)
                    }
                }
            }
        }
    }

    private func examples(in media: Node) -> [(String, Node)] {
        var found: [(String, Node)] = []
        if let example = media["example"] { found.append(("example", example)) }
        for pair in media["examples"]?.pairs ?? [] {
            if let value = pair.value["value"] { found.append((pair.key, value)) }
        }
        return found
    }
}
