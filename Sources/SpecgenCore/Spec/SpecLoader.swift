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

    public func load(_ files: [InputFile], sources: inout SourceFiles, diagnostics: inout Diagnostics) -> SpecSet {
        var merger = SpecMerger()
        var roots: [Node] = []
        for file in files.sorted(by: { $0.relativePath < $1.relativePath }) {
            guard let kind = file.kind else { continue }
            let index = sources.add(path: file.path, bytes: file.bytes)
            merger.set.relativePaths[index] = file.relativePath
            switch kind {
            case .document:
                guard let node = read(file.bytes, file: index, lineOffset: 0, &diagnostics) else { continue }
                merger.set.documents[file.relativePath] = node
                if isRoot(node) { roots.append(node) }
            case .page:
                let found = pageRoots(file, index: index, &diagnostics)
                if found.isEmpty {
                    merger.set.skipped.append((file.path, "no fenced OpenAPI block (rendered pages are not read yet)"))
                }
                roots.append(contentsOf: found)
            }
        }
        if roots.isEmpty, !diagnostics.hasErrors {
            diagnostics.error("no OpenAPI document found: the input holds no file with 'openapi', 'swagger', 'paths' or 'components' at its top, and no docs page with a fenced OpenAPI block", at: .unknown)
        }
        for root in roots {
            merger.merge(root, diagnostics: &diagnostics)
        }
        return merger.set
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
    private func pageRoots(_ file: InputFile, index: Int32, _ diagnostics: inout Diagnostics) -> [Node] {
        FencedBlock.find(in: file.bytes).compactMap { block in
            guard let node = read(block.text, file: index, lineOffset: block.lineOffset, &diagnostics), isRoot(node) else {
                return nil
            }
            guard DocsPageNormalizer.isPageShape(node) else { return node }
            return DocsPageNormalizer().normalize(node)
        }
    }
}
