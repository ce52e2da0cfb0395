/// Infers schemas from the JSON examples of every rendered page of an API, and matches them
/// against the schemas its documents define, so an example of a known object refers to that
/// schema instead of copying it.
///
/// Nothing one example shows is claimed beyond it: inferred properties are optional, strings are
/// not enums. An object showing an `object` constant (`"monitor_run"`) is the schema the documents
/// fix that constant in, else one component named from the constant (`MonitorRun`) that every
/// page's examples of it extend, so the name does not depend on which pages there are or their
/// order. Other objects, in responses, are a documented schema they fit, or an inferred one with
/// the same properties (a webset an event wraps, its `object` a placeholder); else they stay
/// inline, named by the property or operation that holds them.
struct ExampleSchemas {
    /// The component schemas the API's documents define.
    let documented: [(name: String, node: Node)]
    /// The objects every rendered page's examples show by `object` constant, surveyed before
    /// the pages are read for good, so that matching does not depend on the pages' order.
    let surveyed: [(name: String, node: Node)]
    /// Each file's path, for naming the pages the examples come from.
    let paths: [Int32: String]
    /// Objects inferred from examples, by the name their `object` constant gives, in the order
    /// first seen.
    private(set) var inferred: [(name: String, node: Node)] = []
    private var inferredIndex: [String: Int] = [:]
    /// The pages each inferred object's examples come from.
    private var pages: [String: Set<String>] = [:]
    /// True while reading a request's examples, which are matched by `object` constant only: a
    /// body's shape fitting a response schema says nothing of what the API accepts.
    var readsRequest = false
    var diagnostics = Diagnostics()

    init(documented: [(name: String, node: Node)], surveyed: [(name: String, node: Node)] = [], paths: [Int32: String]) {
        self.documented = documented
        self.surveyed = surveyed
        self.paths = paths
    }

    /// The schema of `example`: a `$ref` to a documented or inferred component, or an inline schema.
    mutating func schema(for example: Node) -> Node {
        let mark = example.mark
        switch example.value {
        case .mapping(let pairs) where pairs.isEmpty:
            return .mapping([("type", .string("object", at: mark))], at: mark)
        case .mapping(let pairs):
            if let constant = Self.objectConstant(pairs) { return component(constant, pairs, at: mark) }
            if !readsRequest, let name = match(pairs) {
                let reference = Self.reference(name, at: mark)
                reportMisfits(example, reference)
                // An object of a surveyed kind is one more example of it.
                return surveyed.contains { $0.name == name } ? extend(name, pairs, at: mark) : reference
            }
            return object(pairs, note: note(for: [page(of: mark)]), at: mark)
        case .sequence(let items):
            var pairs: [(String, Node)] = [("type", .string("array", at: mark))]
            if let first = items.first { pairs.append(("items", schema(for: first))) }
            return .mapping(pairs, at: mark)
        case .scalar(let scalar):
            return Self.scalarSchema(scalar, at: mark)
        }
    }

    /// The components inferred so far, each described with the pages its examples come from.
    var components: [(name: String, node: Node)] {
        inferred.map { entry in
            (entry.name, entry.node.setting("description", to: .string(note(for: pages[entry.name] ?? []), at: entry.node.mark)))
        }
    }

    /// The object an `object` constant names: the documented schema that fixes it, else the
    /// documented schema of its name that the example fits, else the inferred one, extended.
    private mutating func component(_ constant: String, _ pairs: [Node.Pair], at mark: Mark) -> Node {
        if let name = documentedName(fixing: constant) { return Self.reference(name, at: mark) }
        let base = SwiftNamer.typeName(constant)
        if let named = documented.first(where: { $0.name == base }), fits(pairs, shape(of: named.node)) {
            return Self.reference(base, at: mark)
        }
        return extend(inferredName(base), pairs, at: mark)
    }

    /// The inferred object `name`, extended with what this example of it shows.
    private mutating func extend(_ name: String, _ pairs: [Node.Pair], at mark: Mark) -> Node {
        let shape = object(pairs, note: nil, at: mark)
        if let index = inferredIndex[name] {
            inferred[index].node = merged(inferred[index].node, shape, in: name, path: "")
        } else {
            inferredIndex[name] = inferred.count
            inferred.append((name, shape))
        }
        pages[name, default: []].insert(page(of: mark))
        return Self.reference(name, at: mark)
    }

    /// The constant's own name, unless a documented schema of another kind has it: then the name
    /// says it is the object (`ImportObject`), which depends on the documents alone.
    private func inferredName(_ base: String) -> String {
        guard documented.contains(where: { $0.name == base }) else { return base }
        var scope = NameScope(reserved: Set(documented.map(\.name)))
        return scope.claim(base + "Object")
    }

    private mutating func object(_ pairs: [Node.Pair], note: String?, at mark: Mark) -> Node {
        let properties = pairs.map { ($0.key, schema(for: $0.value)) }
        var object: [(String, Node)] = [("type", .string("object", at: mark))]
        if let note { object.append(("description", .string(note, at: mark))) }
        object.append(("properties", .mapping(properties, at: mark)))
        return .mapping(object, at: mark)
    }

    private func note(for pages: Set<String>) -> String {
        guard pages.count > 1 else {
            return "Inferred from an example in \(pages.first ?? "a docs page"); one example cannot tell which fields are required, so all are optional."
        }
        let sorted = pages.sorted()
        let list = sorted.dropLast().joined(separator: ", ") + " and " + sorted.last!
        return "Inferred from examples in \(list); examples cannot tell which fields are required, so all are optional."
    }

    func page(of mark: Mark) -> String {
        paths[mark.file] ?? "a docs page"
    }

    static func reference(_ name: String, at mark: Mark) -> Node {
        .mapping([("$ref", .string("#/components/schemas/\(name)", at: mark))], at: mark)
    }

    /// `"<string>"`-style placeholders read as their type; ISO 8601 strings are dates.
    private static func scalarSchema(_ scalar: Node.Scalar, at mark: Mark) -> Node {
        func typed(_ type: String, format: String? = nil) -> Node {
            var pairs: [(String, Node)] = [("type", .string(type, at: mark))]
            if let format { pairs.append(("format", .string(format, at: mark))) }
            return .mapping(pairs, at: mark)
        }
        switch scalar.jsonKind {
        case .boolean: return typed("boolean")
        case .integer, .number: return typed("number")
        case .null: return .mapping([], at: mark)
        default: break
        }
        switch scalar.text {
        case "<any>", "<object>": return .mapping([], at: mark)
        case "<number>", "<integer>", "<boolean>", "<string>": return typed(String(scalar.text.dropFirst().dropLast()))
        default: return isDateTime(scalar.text) ? typed("string", format: "date-time") : typed("string")
        }
    }

    /// `2023-11-07T05:31:56Z`, with optional fractional seconds and offset.
    static func isDateTime(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count >= 20, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
            bytes[10] == UInt8(ascii: "T"), bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":")
        else { return false }
        let digits = [0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18]
        return digits.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[$0]) }
            && (bytes.last == UInt8(ascii: "Z") || text.dropFirst(19).contains("+") || text.dropFirst(19).contains("-"))
    }

    /// The value of an `object` property that names the kind of object (`"webset_search"`).
    static func objectConstant(_ pairs: [Node.Pair]) -> String? {
        guard let value = pairs.first(where: { $0.key == "object" })?.value.scalar, value.jsonKind == .string,
            !value.text.hasPrefix("<"), !value.text.isEmpty
        else { return nil }
        return value.text
    }
}
