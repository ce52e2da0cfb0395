/// The Input and Spec stages: reads every file, finds the API documents among them (whole
/// documents, fragments, fenced blocks in docs pages), normalizes each into standard OpenAPI,
/// and merges them into one ``SpecSet``.
public struct SpecLoader: Sendable {
    public var reader: YAMLReader

    public init(reader: YAMLReader = YAMLReader()) {
        self.reader = reader
    }

    /// Keys that make a YAML or JSON file an API root rather than a `$ref` target.
    static let rootKeys: Set<String> = ["openapi", "swagger", "paths", "components", "webhooks"]

    /// Reads `files`; with `fetch`, also the files their `$ref`s reach that are not among them
    /// (when the input is a single file, its siblings are read only when referenced).
    public func load(
        _ files: [InputFile], fetch: ((String) -> InputFile?)? = nil,
        sources: inout SourceFiles, diagnostics: inout Diagnostics
    ) -> SpecSet {
        var merger = SpecMerger()
        var roots: [(node: Node, precision: SourcePrecision)] = []
        var renderedPages: [RenderedPageReader] = []
        for file in files.sorted(by: { $0.relativePath < $1.relativePath }) {
            guard let kind = file.kind else { continue }
            let index = sources.add(path: file.path, bytes: file.bytes)
            merger.set.relativePaths[index] = file.relativePath
            switch kind {
            case .document:
                guard let node = read(file.bytes, file: index, lineOffset: 0, &diagnostics) else { continue }
                merger.set.documents[file.relativePath] = node
                if isRoot(node) { roots.append((node, .standard)) }
            case .page:
                let found = pageRoots(file, index: index, &diagnostics)
                guard found.isEmpty else {
                    roots.append(contentsOf: found)
                    continue
                }
                do {
                    let page = try RenderedPage(file.bytes)
                    renderedPages.append(RenderedPageReader(page: page, file: index, reader: reader))
                } catch {
                    diagnostics.warning("the page is skipped: it holds no fenced OpenAPI block, and \(error.reason)", at: Mark(file: index, line: error.line, column: 1))
                }
            }
        }
        if let fetch {
            loadReferencedFiles(from: roots.map(\.node), fetch: fetch, into: &merger.set, sources: &sources, &diagnostics)
        }
        if roots.isEmpty, renderedPages.isEmpty, !diagnostics.hasErrors {
            diagnostics.error("no OpenAPI document found: the input holds no file with 'openapi', 'swagger', 'paths' or 'components' at its top, and no docs page with a fenced OpenAPI block", at: .unknown)
        }
        for (root, precision) in roots {
            var checker = ShapeChecker()
            checker.check(document: root)
            diagnostics.append(contentsOf: checker.diagnostics)
            guard !checker.diagnostics.hasErrors else { continue }
            guard SwaggerConverter.isSwagger(root) else {
                merger.merge(root, precision: precision, diagnostics: &diagnostics)
                continue
            }
            var converter = SwaggerConverter()
            merger.merge(converter.convert(root), precision: precision, diagnostics: &diagnostics)
            diagnostics.append(contentsOf: converter.diagnostics)
        }
        // Rendered pages come last: their examples are matched against what the documents define.
        readRenderedPages(renderedPages, into: &merger, &diagnostics)
        merger.unifySecuritySchemes()
        return merger.set
    }

    /// Reads the rendered pages twice: a survey of the objects their examples show by `object`
    /// constant, then for good, matching examples against the documents' schemas and the survey.
    private func readRenderedPages(_ pages: [RenderedPageReader], into merger: inout SpecMerger, _ diagnostics: inout Diagnostics) {
        let documented = merger.set.components["schemas"] ?? []
        var survey = ExampleSchemas(documented: documented, paths: merger.set.relativePaths)
        var surveyed: Set<String> = []
        for page in pages {
            var attempt = survey
            var unused = Diagnostics()
            guard let document = page.document(in: merger.set, inferred: &attempt, diagnostics: &unused) else { continue }
            if Self.isNew(document, merger, &surveyed) { survey = attempt }
        }
        var inferred = ExampleSchemas(documented: documented, surveyed: survey.components, paths: merger.set.relativePaths)
        var read: Set<String> = []
        for page in pages {
            var attempt = inferred
            guard let document = page.document(in: merger.set, inferred: &attempt, diagnostics: &diagnostics) else { continue }
            // A page whose operation a source as precise or more describes is only compared with
            // it: the objects its examples show make no types.
            if Self.isNew(document, merger, &read) { inferred = attempt }
            merger.merge(document, precision: .renderedPage, diagnostics: &diagnostics)
        }
        diagnostics.append(contentsOf: inferred.diagnostics)
        let schemas = Node.mapping(inferred.components.map { ($0.name, $0.node) })
        merger.merge(.mapping([("components", .mapping([("schemas", schemas)]))]), precision: .renderedPage, diagnostics: &diagnostics)
    }

    /// Whether no document and no page read before describes the operation a page's document holds.
    private static func isNew(_ document: Node, _ merger: SpecMerger, _ endpoints: inout Set<String>) -> Bool {
        guard let (method, path) = operation(in: document) else { return false }
        return !merger.defines(method, path, atLeast: .renderedPage) && endpoints.insert("\(method) \(path)").inserted
    }

    /// The method and path of the one operation a rendered page's document holds.
    private static func operation(in document: Node) -> (method: String, path: String)? {
        guard let path = document["paths"]?.pairs?.first, let method = path.value.pairs?.first else { return nil }
        return (method.key, path.key)
    }

    /// A page that shows one operation titles it: the page's title and lead become the
    /// operation's summary and description when the block gives none.
    static func documenting(_ root: Node, with heading: PageHeading) -> Node {
        guard let paths = root["paths"]?.pairs, paths.count == 1, let item = paths[0].value.pairs else { return root }
        let methods = item.filter { SpecMerger.methods.contains($0.key) && $0.value.isMapping }
        guard methods.count == 1, var operation = Optional(methods[0].value) else { return root }
        if operation["summary"] == nil, let title = heading.title { operation = operation.setting("summary", to: .string(title, at: operation.mark)) }
        if operation["description"] == nil, let lead = heading.lead { operation = operation.setting("description", to: .string(lead, at: operation.mark)) }
        let pathItem = paths[0].value.setting(methods[0].key, to: operation)
        return root.setting("paths", to: root["paths"]!.setting(paths[0].key, to: pathItem))
    }

    /// Reads the files that `$ref`s reach, and the files those reach, once each.
    private func loadReferencedFiles(
        from roots: [Node], fetch: (String) -> InputFile?, into set: inout SpecSet,
        sources: inout SourceFiles, _ diagnostics: inout Diagnostics
    ) {
        var pending = roots
        var attempted = Set(set.relativePaths.values)
        while let node = pending.popLast() {
            for ref in Self.references(in: node) {
                guard let text = ref.text, !text.hasPrefix("#"), let base = set.relativePaths[ref.mark.file],
                    let target = try? Reference.parse(text, in: base), attempted.insert(target.file).inserted,
                    let file = fetch(target.file)
                else { continue }
                let index = sources.add(path: file.path, bytes: file.bytes)
                set.relativePaths[index] = file.relativePath
                guard let document = read(file.bytes, file: index, lineOffset: 0, &diagnostics) else { continue }
                set.documents[file.relativePath] = document
                pending.append(document)
            }
        }
    }

    /// Every `$ref` value below `node`.
    static func references(in node: Node) -> [Node] {
        var found: [Node] = []
        var stack = [node]
        while let next = stack.popLast() {
            switch next.value {
            case .scalar: continue
            case .sequence(let items): stack.append(contentsOf: items)
            case .mapping(let pairs):
                for pair in pairs {
                    if pair.key == "$ref", pair.value.scalar != nil { found.append(pair.value) } else { stack.append(pair.value) }
                }
            }
        }
        return found
    }

    private func isRoot(_ node: Node) -> Bool {
        (node.pairs ?? []).contains { Self.rootKeys.contains($0.key) }
    }

    private func read(_ bytes: some Collection<UInt8>, file: Int32, lineOffset: Int32, _ diagnostics: inout Diagnostics) -> Node? {
        do {
            return try reader.read(bytes, file: file, lineOffset: lineOffset)
        } catch {
            diagnostics.error(error.message, at: error.mark)
            return nil
        }
    }

    /// The OpenAPI documents fenced in a docs page, normalized to standard form.
    private func pageRoots(_ file: InputFile, index: Int32, _ diagnostics: inout Diagnostics) -> [(node: Node, precision: SourcePrecision)] {
        let heading = PageHeading(file.bytes)
        return FencedBlock.find(in: file.bytes).compactMap { block in
            guard let node = read(block.text, file: index, lineOffset: block.lineOffset, &diagnostics), isRoot(node) else {
                return nil
            }
            guard DocsPageNormalizer.isPageShape(node) else { return (Self.documenting(node, with: heading), .standard) }
            return (DocsPageNormalizer(heading: heading).normalize(node), .parsedPage)
        }
    }
}
