/// The members `Type.mustache` declares in each kind of declaration besides the API's properties
/// and cases (and `hashValue`, which `Hashable` gives every one), which those may not take.
///
/// The Resolve stage names members before the templates render, so it keeps this table; a test
/// checks it against what the default template declares.
enum TemplateMembers {
    private static let everywhere: Set<String> = ["hashValue"]
    static let structure = everywhere.union(["additionalProperties"])
    static let openEnum = everywhere.union(["unknown", "rawValue", "parameterText"])
    static let taggedUnion = everywhere.union(["unknown"])
    static let union = everywhere.union(["parameterText"])
}
