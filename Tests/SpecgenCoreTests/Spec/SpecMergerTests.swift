import Testing
@testable import SpecgenCore

@Suite("Merging fragments into one API")
struct SpecMergerTests {
    static let money = "components:\n  schemas:\n    Money:\n      type: object\n      properties:\n        amount: {type: integer}\n"

    @Test("The same component defined twice identically is one")
    func identical() {
        let (spec, diagnostics, _) = Fixtures.load(["a.yaml": Self.money, "b.yaml": Self.money])
        #expect(!diagnostics.hasErrors)
        #expect(spec.components["schemas"]?.count == 1)
    }

    @Test("The same component defined differently is an error naming both places")
    func conflicting() throws {
        let other = Self.money.replacingOccurrences("integer", "number")
        let (_, diagnostics, sources) = Fixtures.load(["a.yaml": Self.money, "b.yaml": other])
        let error = try #require(diagnostics.all.first)
        #expect(error.severity == .error)
        #expect(sources.path(error.mark.file) == "b.yaml" && error.mark.line == 3)
        #expect(error.notes.first.map { sources.path($0.mark.file) } == "a.yaml")
    }

    @Test("The same operation in two files, differently, is an error")
    func conflictingOperations() {
        let a = "paths:\n  /x:\n    get: {operationId: one, responses: {}}\n"
        let b = "paths:\n  /x:\n    get: {operationId: two, responses: {}}\n"
        let (_, diagnostics, _) = Fixtures.load(["a.yaml": a, "b.yaml": b])
        #expect(diagnostics.all.map(\.message) == ["operation 'GET /x' is defined twice, differently"])
    }

    @Test("Security schemes that authenticate the same way are one, whatever they say of it")
    func equivalentSchemes() {
        let a = "components:\n  securitySchemes:\n    key: {type: apiKey, in: header, name: k, description: One}\n"
        let b = "components:\n  securitySchemes:\n    key: {type: apiKey, in: header, name: k, description: Two}\n"
        let (spec, diagnostics, _) = Fixtures.load(["a.yaml": a, "b.yaml": b])
        #expect(!diagnostics.hasErrors)
        #expect(spec.components["securitySchemes"]?.count == 1)
    }

    @Test("A folder with no API document is an error")
    func nothingToRead() {
        let (_, diagnostics, _) = Fixtures.load(["notes.md": "# Notes\n", "schema.yaml": "type: string\n"])
        #expect(diagnostics.all.contains { $0.severity == .error && $0.message.hasPrefix("no OpenAPI document found") })
    }
}
