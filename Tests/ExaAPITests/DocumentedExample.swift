import Foundation
import TestSupport
import SpecgenCore
import Testing

/// A page's response example together with the schema its operation documents for it and the
/// Swift type the client decodes it into.
struct DocumentedExample {
    /// Where the example is, `specs/page.md:line:column`, and its schema, for failure messages.
    var place: String
    var schema: Node
    var type: any Codable.Type
    var json: JSONTree

    /// Every example of the pages whose Swift type ``DocumentedTypes`` maps, but those the loader
    /// warns do not decode; fails when there is none. (Examples it does not map fail
    /// `everyExampleHasADocumentedSwiftType`.)
    static func all(in pages: PageSpec) throws -> [DocumentedExample] {
        let found = try pages.responseExamples.compactMap { example -> DocumentedExample? in
            guard let name = pages.swiftType(of: example), let type = DocumentedTypes.bySwiftName[name], !pages.isWarnedToFail(example) else {
                return nil
            }
            return DocumentedExample(
                place: "\(pages.place(of: example)) as \(name)", schema: try pages.schema(of: example), type: type,
                json: try pages.json(of: example))
        }
        try #require(!found.isEmpty, "the pages show no example of a type DocumentedTypes maps")
        return found
    }

    /// What a plain `JSONEncoder()` writes for `json` decoded as this example's type.
    func reencode(_ json: JSONTree) throws -> JSONTree {
        try JSONTree.reencode(json.data, as: type)
    }

    /// Expects `json` decoded as this example's type to be written back as `json`: a property
    /// left out stays out, a `null` stays `null`.
    func expectRoundTrip(_ json: JSONTree, _ label: String, sourceLocation: SourceLocation = #_sourceLocation) {
        do {
            let written = try reencode(json)
            #expect(written == json, "\(place): \(label)", sourceLocation: sourceLocation)
        } catch {
            Issue.record(error, "\(place): \(label)", sourceLocation: sourceLocation)
        }
    }
}
