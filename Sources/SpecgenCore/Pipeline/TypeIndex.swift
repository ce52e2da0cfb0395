/// Which Swift type each part of the API description becomes, spelled as the generated code spells
/// it: every operation's response bodies, and every declaration by the JSON pointer it came from.
/// Tools that check the generated types against the description (Benchmarks/examples.sh decodes
/// its examples) read it instead of guessing names.
public struct TypeIndex: Hashable, Sendable, Codable {
    public struct Operation: Hashable, Sendable, Codable {
        /// Lower-case, as the description writes it (`get`).
        public var method: String
        public var path: String
        /// The client method.
        public var swiftName: String
        public var responses: [Response]
    }

    public struct Response: Hashable, Sendable, Codable {
        /// As the description keys it: `200`, `4XX` or `default`.
        public var status: String
        /// The media type the client reads; nil when the response has no body.
        public var contentType: String?
        /// How the body is read: `json`, `text` or `binary`.
        public var encoding: String?
        /// The body's type as the client decodes it (`[Repository]`, `Pet.Owner`); nil without a body.
        public var type: String?
        /// The media type of the stream the response may be instead (`text/event-stream`), and the
        /// type of each event's data or line, as the stream method decodes it.
        public var streamContentType: String?
        public var streamType: String?
    }

    public struct Declaration: Hashable, Sendable, Codable {
        /// The JSON pointer of the schema (`#/components/schemas/Pet`, `pets.yaml#/Pet`, or a place
        /// inside an operation).
        public var pointer: String
        /// The file the schema is in, relative to the inputs' folder, when it is known.
        public var file: String?
        /// The name qualified by the declarations it is nested in (`Pet.Owner`).
        public var name: String
        /// `object`, `enum`, `taggedUnion`, `kindUnion`, `shapeUnion` or `alias`.
        public var kind: String
    }

    public var operations: [Operation]
    /// In the model's order: a component's declaration comes before the copies operations make.
    public var declarations: [Declaration]

    public init(model: APIModel) {
        let names = TypeNames(model: model)
        operations = model.endpoints.map { endpoint in
            Operation(
                method: endpoint.method.lowercased(), path: endpoint.path, swiftName: endpoint.swiftName,
                responses: endpoint.responses.map { response in
                    Response(
                        status: Self.statusKey(response), contentType: response.contentType,
                        encoding: response.encoding?.rawValue, type: response.type.map { names.spelling($0) },
                        streamContentType: response.stream?.contentType, streamType: response.stream.map { names.spelling($0.element) })
                })
        }
        declarations = model.types.indices.map { index in
            let declaration = model.types[index]
            return Declaration(
                pointer: declaration.origin.pointer, file: declaration.origin.file,
                name: names.qualifiedName(of: TypeID(index)), kind: Self.kindName(declaration.kind))
        }
    }

    private static func statusKey(_ response: Endpoint.Response) -> String {
        guard let status = response.status else { return "default" }
        return response.isRange ? "\(status / 100)XX" : String(status)
    }

    private static func kindName(_ kind: TypeDecl.Kind) -> String {
        switch kind {
        case .object: "object"
        case .stringEnum: "enum"
        case .taggedUnion: "taggedUnion"
        case .kindUnion: "kindUnion"
        case .shapeUnion: "shapeUnion"
        case .alias: "alias"
        }
    }
}

extension Generator {
    /// The Input, Spec and Resolve stages alone, as ``generate(_:fetch:)`` runs them, and the
    /// index of the model they give; nil when there were errors.
    public func index(_ inputs: [InputFile], fetch: ((String) -> InputFile?)? = nil) -> (index: TypeIndex?, result: Result) {
        var sources = SourceFiles()
        var diagnostics = Diagnostics()
        let spec = loader.load(inputs, fetch: fetch, sources: &sources, diagnostics: &diagnostics)
        var index: TypeIndex?
        if !diagnostics.hasErrors {
            let model = Resolver(reserved: emitter.reservedNames()).resolve(spec.selecting(selection), diagnostics: &diagnostics)
            if !diagnostics.hasErrors { index = TypeIndex(model: model) }
        }
        return (index, Result(files: [], diagnostics: diagnostics.sorted, sources: sources))
    }
}
