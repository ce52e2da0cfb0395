import CYaml

/// Reads YAML (and so JSON) text into a ``Node`` tree with libyaml.
///
/// Marks are shifted by `lineOffset`, so a YAML block fenced in a docs page reports positions in
/// the page. Aliases are resolved against a budget of expanded nodes, and nesting against a depth
/// limit, so hostile input stops with an error instead of exhausting memory or the stack.
public struct YAMLReader: Sendable {
    public struct Limits: Sendable {
        /// The most nodes a document may expand to once every alias is counted in full.
        public var expandedNodes: Int
        /// The deepest nesting of collections a document may have.
        public var depth: Int

        public init(expandedNodes: Int = 5_000_000, depth: Int = 256) {
            self.expandedNodes = expandedNodes
            self.depth = depth
        }
    }

    public var limits: Limits

    public init(limits: Limits = Limits()) {
        self.limits = limits
    }

    /// A problem that stops the reading of a document.
    public struct Failure: Error, Sendable {
        public var message: String
        public var mark: Mark
    }

    /// Reads the first document of `bytes`. An empty input reads as nil.
    public func read(_ bytes: some Collection<UInt8>, file: Int32, lineOffset: Int32 = 0) throws(Failure) -> Node? {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            throw Failure(message: "could not start the YAML parser", mark: Mark(file: file, line: 0, column: 0))
        }
        defer { yaml_parser_delete(&parser) }
        let buffer = Array(bytes)
        return try buffer.withUnsafeBufferPointer { pointer throws(Failure) in
            yaml_parser_set_input_string(&parser, pointer.baseAddress, pointer.count)
            var builder = TreeBuilder(file: file, lineOffset: lineOffset, limits: limits)
            return try builder.build(&parser)
        }
    }
}

/// Turns libyaml's event stream into nodes with an explicit stack (no recursion, so depth is bounded
/// only by ``YAMLReader/Limits/depth``).
private struct TreeBuilder {
    /// A collection being read. Children are appended in place, so reading stays linear.
    private struct Frame {
        var isMapping: Bool
        var mark: Mark
        var anchor: String?
        var weight = 1
        var items: [Node] = []
        var pairs: [Node.Pair] = []
        var pendingKey: (String, Mark)?
    }

    let file: Int32
    let lineOffset: Int32
    let limits: YAMLReader.Limits
    private var stack: [Frame] = []
    private var anchors: [String: (node: Node, weight: Int)] = [:]
    private var expanded = 0
    private var root: Node?

    init(file: Int32, lineOffset: Int32, limits: YAMLReader.Limits) {
        self.file = file
        self.lineOffset = lineOffset
        self.limits = limits
    }

    mutating func build(_ parser: inout yaml_parser_t) throws(YAMLReader.Failure) -> Node? {
        var event = yaml_event_t()
        while true {
            guard yaml_parser_parse(&parser, &event) == 1 else { throw parserFailure(parser) }
            defer { yaml_event_delete(&event) }
            switch event.type {
            case YAML_STREAM_END_EVENT, YAML_DOCUMENT_END_EVENT:
                return root
            case YAML_SCALAR_EVENT:
                try scalar(event)
            case YAML_ALIAS_EVENT:
                try alias(event)
            case YAML_SEQUENCE_START_EVENT:
                try push(Frame(isMapping: false, mark: mark(event.start_mark), anchor: string(event.data.sequence_start.anchor)))
            case YAML_MAPPING_START_EVENT:
                try push(Frame(isMapping: true, mark: mark(event.start_mark), anchor: string(event.data.mapping_start.anchor)))
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                try pop()
            default:
                continue
            }
        }
    }

    private func mark(_ mark: yaml_mark_t) -> Mark {
        Mark(file: file, line: Int32(mark.line) + 1 + lineOffset, column: Int32(mark.column) + 1)
    }

    private func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        pointer.map { String(cString: UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self)) }
    }

    private func parserFailure(_ parser: yaml_parser_t) -> YAMLReader.Failure {
        let problem = parser.problem.map { String(cString: $0) } ?? "malformed YAML"
        var message = problem
        if let context = parser.context.map({ String(cString: $0) }) {
            message = "\(problem) \(context)"
        }
        return YAMLReader.Failure(message: "invalid YAML: \(message)", mark: mark(parser.problem_mark))
    }

    private mutating func scalar(_ event: yaml_event_t) throws(YAMLReader.Failure) {
        let data = event.data.scalar
        let text = data.value.map {
            String(decoding: UnsafeBufferPointer(start: $0, count: data.length), as: UTF8.self)
        } ?? ""
        let tag = string(data.tag)
        let isPlain = data.style == YAML_PLAIN_SCALAR_STYLE && (tag == nil || tag == "!")
        let node = Node(.scalar(Node.Scalar(text, isPlain: isPlain)), at: mark(event.start_mark))
        if let anchor = string(data.anchor) { anchors[anchor] = (node, 1) }
        try count(1, at: node.mark)
        try attach(node, weight: 1)
    }

    private mutating func alias(_ event: yaml_event_t) throws(YAMLReader.Failure) {
        let name = string(event.data.alias.anchor) ?? ""
        guard let anchored = anchors[name] else {
            throw YAMLReader.Failure(message: "alias '*\(name)' has no anchor", mark: mark(event.start_mark))
        }
        var node = anchored.node
        node.mark = mark(event.start_mark)
        try count(anchored.weight, at: node.mark)
        try attach(node, weight: anchored.weight)
    }

    private mutating func push(_ frame: Frame) throws(YAMLReader.Failure) {
        guard stack.count < limits.depth else {
            throw YAMLReader.Failure(message: "nesting deeper than \(limits.depth) levels", mark: frame.mark)
        }
        try count(1, at: frame.mark)
        stack.append(frame)
    }

    /// Counts nodes as later stages will see them: each alias as the whole tree it stands for.
    private mutating func count(_ nodes: Int, at mark: Mark) throws(YAMLReader.Failure) {
        expanded += nodes
        guard expanded <= limits.expandedNodes else {
            throw YAMLReader.Failure(
                message: "document expands to more than \(limits.expandedNodes) nodes (too many aliases?)", mark: mark)
        }
    }

    private mutating func pop() throws(YAMLReader.Failure) {
        guard let frame = stack.popLast() else { return }
        let node = Node(frame.isMapping ? .mapping(frame.pairs) : .sequence(frame.items), at: frame.mark)
        if let anchor = frame.anchor { anchors[anchor] = (node, frame.weight) }
        try attach(node, weight: frame.weight)
    }

    /// Adds a finished node to the collection being read, or makes it the root.
    private mutating func attach(_ node: Node, weight: Int) throws(YAMLReader.Failure) {
        let top = stack.count - 1
        guard top >= 0 else {
            root = node
            return
        }
        stack[top].weight += weight
        guard stack[top].isMapping else {
            stack[top].items.append(node)
            return
        }
        if let (key, keyMark) = stack[top].pendingKey {
            stack[top].pairs.append(Node.Pair(key: key, keyMark: keyMark, value: node))
            stack[top].pendingKey = nil
        } else {
            guard let key = node.text else {
                throw YAMLReader.Failure(message: "mapping keys must be scalars", mark: node.mark)
            }
            stack[top].pendingKey = (key, node.mark)
        }
    }
}
