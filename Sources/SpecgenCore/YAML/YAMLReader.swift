import CYaml
import Foundation

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

    /// Inputs at least this big are read in parts on every core when they can be (Stripe's 4 MB
    /// spec); tests set it lower.
    var partsFrom = 1 << 20

    /// Reads the first document of `bytes`. An empty input reads as nil.
    public func read(_ bytes: some Collection<UInt8>, file: Int32, lineOffset: Int32 = 0) throws(Failure) -> Node? {
        let buffer = Array(bytes)
        if buffer.count >= partsFrom,
            let node = readInParts(buffer, file: file, lineOffset: lineOffset, count: max(2, ProcessInfo.processInfo.activeProcessorCount))
        {
            return node
        }
        return try readWhole(buffer[...], file: file, lineOffset: lineOffset).root
    }

    /// The root of `bytes` and how many nodes it expands to.
    private func readWhole(_ bytes: ArraySlice<UInt8>, file: Int32, lineOffset: Int32) throws(Failure) -> (root: Node?, expanded: Int) {
        var parser = yaml_parser_t()
        guard yaml_parser_initialize(&parser) == 1 else {
            throw Failure(message: "could not start the YAML parser", mark: Mark(file: file, line: 0, column: 0))
        }
        defer { yaml_parser_delete(&parser) }
        return try bytes.withUnsafeBufferPointer { pointer throws(Failure) in
            yaml_parser_set_input_string(&parser, pointer.baseAddress, pointer.count)
            var builder = TreeBuilder(file: file, lineOffset: lineOffset, limits: limits)
            let root = try builder.build(&parser)
            return (root, builder.expanded)
        }
    }

    /// A block mapping at the top of a big document, read in `count` runs of about equal size, each a document of its own, and joined: libyaml reads one stream on one core, and
    /// reading is a quarter of a big spec's run. A run starts at a top-level key, or at a key of
    /// the mapping under one (`paths:` is most of Stripe), read under a copy of that key's line.
    /// Nil when the text does not split so (JSON, directives, several documents, one key), or when
    /// a run does not read cleanly on its own (an alias to an anchor in another run, any error):
    /// the document is then read whole, and reports what it reports.
    func readInParts(_ bytes: [UInt8], file: Int32, lineOffset: Int32, count: Int) -> Node? {
        let parts = DocumentParts.split(bytes, count: count)
        guard parts.count > 1 else { return nil }
        let read = Parallel.map(parts.count) { index -> (root: Node?, expanded: Int)? in
            let part = parts[index]
            guard let header = part.header else {
                return try? readWhole(bytes[part.bytes], file: file, lineOffset: lineOffset + part.line)
            }
            return try? readWhole((bytes[header] + bytes[part.bytes])[...], file: file, lineOffset: lineOffset + part.line - 1)
        }
        var pairs: [Node.Pair] = []
        var expanded = 0
        for (part, result) in zip(parts, read) {
            guard let result, let root = result.root, case .mapping(var runPairs) = root.value else { return nil }
            if part.header != nil {
                // The run continues the mapping of the last key so far: its first pair is that key
                // again, over the rest of the mapping's pairs.
                guard let last = pairs.indices.last, let continued = runPairs.first, continued.key == pairs[last].key,
                    case .mapping(let before) = pairs[last].value.value, case .mapping(let after) = continued.value.value
                else { return nil }
                pairs[last].value.value = .mapping(before + after)
                runPairs.removeFirst()
            }
            pairs += runPairs
            expanded += result.expanded
        }
        guard expanded <= limits.expandedNodes, let first = read.first??.root else { return nil }
        return Node(.mapping(pairs), at: first.mark)
    }
}

/// Where a big YAML document can be cut into runs that read on their own: before a top-level key,
/// or before a key of the block mapping under one.
enum DocumentParts {
    struct Part {
        var bytes: Range<Int>
        /// The line the run starts on, counted from 0.
        var line: Int32
        /// The top-level key line (`paths:`) a run inside that key's mapping is read under.
        var header: Range<Int>?
    }

    /// Up to `count` runs of about equal size; one run when the text has a directive or document
    /// marker, is UTF-16, or has no line to cut before.
    static func split(_ bytes: [UInt8], count: Int) -> [Part] {
        let whole = [Part(bytes: 0..<bytes.count, line: 0)]
        // UTF-16 text has no byte-wise lines; libyaml reads it whole.
        if bytes.starts(with: [0xFE, 0xFF]) || bytes.starts(with: [0xFF, 0xFE]) { return whole }
        var cuts: [Part] = []
        var line: Int32 = 0
        var offset = 0
        // The current top-level key line when it opens a block (`paths:`), and the indentation of
        // the keys under it once seen.
        var header: Range<Int>?
        var childIndentation: Int?
        while offset < bytes.count {
            let end = bytes[offset...].firstIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? bytes.count
            let text = bytes[offset..<end]
            let first = text[offset]
            if first == UInt8(ascii: "%") || text.starts(with: "---".utf8) || text.starts(with: "...".utf8) { return whole }
            let indentation = text.prefix { $0 == UInt8(ascii: " ") }.count
            let next = text.dropFirst(indentation).first
            let isBlankOrComment = next == nil || next == UInt8(ascii: "\n") || next == UInt8(ascii: "\r") || next == UInt8(ascii: "#")
            if indentation == 0, !isBlankOrComment {
                // A top-level line: a key to cut before, or something this splitter does not
                // follow (a quoted key, a sequence), under which nothing is cut.
                let isKey = !notKeyStart.contains(first)
                if isKey, offset > 0 { cuts.append(Part(bytes: offset..<offset, line: line)) }
                let content = text.prefix { $0 != UInt8(ascii: "#") }.reversed().drop { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D }
                header = isKey && content.first == UInt8(ascii: ":") ? offset..<end : nil
                childIndentation = nil
            } else if let header, let next, !isBlankOrComment {
                // The first line under the key tells whether it holds a mapping, and how deep its
                // keys are; a later line as deep that starts a key starts the next pair.
                let isKey = !notKeyStart.contains(next)
                if childIndentation == nil {
                    childIndentation = isKey && indentation > 0 ? indentation : -1
                } else if isKey, indentation == childIndentation {
                    cuts.append(Part(bytes: offset..<offset, line: line, header: header))
                }
            }
            offset = end
            line += 1
        }
        var parts: [Part] = []
        var begin = Part(bytes: 0..<0, line: 0)
        for run in 1..<max(count, 1) {
            let target = bytes.count * run / count
            guard let cut = cuts.min(by: { abs($0.bytes.lowerBound - target) < abs($1.bytes.lowerBound - target) }),
                cut.bytes.lowerBound > begin.bytes.lowerBound
            else { continue }
            parts.append(Part(bytes: begin.bytes.lowerBound..<cut.bytes.lowerBound, line: begin.line, header: begin.header))
            begin = cut
        }
        parts.append(Part(bytes: begin.bytes.lowerBound..<bytes.count, line: begin.line, header: begin.header))
        return parts
    }

    /// First bytes of lines that cannot start a key: space, and YAML's punctuation.
    private static let notKeyStart: Set<UInt8> = Set(" \t\r\n#-.%{}[],&*!|>?:'\"@`".utf8)
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
    private(set) var expanded = 0
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
