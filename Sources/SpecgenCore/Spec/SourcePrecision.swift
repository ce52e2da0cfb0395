/// How precisely a source describes the API, for merging one operation or schema that several
/// sources describe: a standard OpenAPI document over a docs site's parsed page shape over a
/// rendered page, whose schemas are read from what the page shows.
enum SourcePrecision: Int, Comparable, Sendable {
    case renderedPage
    case parsedPage
    case standard

    static func < (lhs: SourcePrecision, rhs: SourcePrecision) -> Bool {
        lhs.rawValue < rhs.rawValue
    }

    /// What the source is, as a diagnostic names it.
    var noun: String {
        switch self {
        case .renderedPage: "the rendered page"
        case .parsedPage: "the parsed page"
        case .standard: "the OpenAPI document"
        }
    }
}
