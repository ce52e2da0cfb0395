/// Every input document merged into one API: the Spec stage's result and the Resolve stage's input.
///
/// Components are keyed by kind (`schemas`, `parameters`, ...) and name; operations by path and
/// method. Every node keeps its marks, and every mark names the file its `$ref`s are relative to.
public struct SpecSet: Sendable {
    public struct Operation: Sendable {
        public var path: String
        public var method: String
        public var node: Node
        /// Parameters declared on the path item, which apply to every operation under it.
        public var pathParameters: [Node]
        /// Servers declared on the path item.
        public var pathServers: Node?
    }

    public var title: String?
    public var version: String?
    public var servers: Node?
    public var security: Node?
    public var operations: [Operation] = []
    public var components: [String: [(name: String, node: Node)]] = [:]
    /// Every YAML and JSON file read, by its path relative to the specs root, for `$ref`s into them.
    public var documents: [String: Node] = [:]
    /// The relative path of each file, by its index in ``SourceFiles``.
    public var relativePaths: [Int32: String] = [:]

    public init() {}

    /// The component `name` of `kind`, if some document defines it.
    public func component(_ kind: String, _ name: String) -> Node? {
        componentIndex[kind]?[name].map { components[kind]![$0].node }
    }

    var componentIndex: [String: [String: Int]] = [:]
}
