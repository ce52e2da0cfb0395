/// The whole pipeline, from input files to output files, with no I/O of its own.
public struct Generator: Sendable {
    public var loader: SpecLoader
    public var emitter: Emitter
    public var selection: Selection

    public init(loader: SpecLoader = SpecLoader(), emitter: Emitter = Emitter(), selection: Selection = Selection()) {
        self.loader = loader
        self.emitter = emitter
        self.selection = selection
    }

    /// What a run produced: the files (empty when there were errors), and what was found on the way.
    public struct Result: Sendable {
        public var files: [OutputFile]
        public var diagnostics: [Diagnostic]
        public var sources: SourceFiles

        public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
    }

    public func generate(_ inputs: [InputFile], fetch: ((String) -> InputFile?)? = nil) -> Result {
        // The templates parse on another core while this one reads and resolves the spec.
        let emitter = emitter
        let templates = Background { Swift.Result { () throws(Emitter.TemplateError) in try emitter.templates() } }
        var sources = SourceFiles()
        var diagnostics = Diagnostics()
        // And the component schemas render there while this core converts the operations.
        var ahead: RenderingAhead?
        let model = resolve(inputs, fetch: fetch, sources: &sources, diagnostics: &diagnostics) { components in
            ahead = emitter.renderAhead(components) { try? templates.value.get() }
        }
        var files: [OutputFile] = []
        if let model, !diagnostics.hasErrors {
            switch templates.value {
            case .success(let templates): files = emitter.emit(model, templates: templates, ahead: ahead)
            case .failure(let error): diagnostics.error(error.description, at: .unknown)
            }
        } else {
            _ = ahead?.finish()
        }
        return Result(files: diagnostics.hasErrors ? [] : files, diagnostics: diagnostics.sorted, sources: sources)
    }

    /// The Input, Spec and Resolve stages. The documents' node trees end here, so the Emit stage
    /// does not hold them and the model's rendering at once (a big spec's peak memory); only the
    /// component declarations rendered ahead live beside them.
    private func resolve(
        _ inputs: [InputFile], fetch: ((String) -> InputFile?)?, sources: inout SourceFiles, diagnostics: inout Diagnostics,
        componentsDeclared: (@escaping @Sendable () -> [TypeDecl]) -> Void
    ) -> APIModel? {
        let spec = loader.load(inputs, fetch: fetch, sources: &sources, diagnostics: &diagnostics)
        guard !diagnostics.hasErrors else { return nil }
        let resolver = Resolver(reserved: emitter.reservedNames(), serving: emitter.options.parts.contains(.server))
        return resolver.resolve(spec.selecting(selection), diagnostics: &diagnostics, componentsDeclared: componentsDeclared)
    }
}
