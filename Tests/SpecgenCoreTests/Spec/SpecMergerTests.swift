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

    /// A rendered page of `GET /things/{id}` whose example shows `id` a number and `count` a string.
    static let thingPage = """
        # Get a thing

        ```
        curl --request GET \\
          --url https://api.example.com/things/{id}
        ```

        200

        ```
        {"id": 7, "count": "many"}
        ```
        """

    static let thingDocument = """
        openapi: 3.1.0
        servers: [{url: 'https://api.example.com'}]
        paths:
          /things/{id}:
            get:
              operationId: getThing
              parameters: [{name: id, in: path, required: true, schema: {type: string}}]
              responses:
                '200':
                  description: A thing
                  content:
                    application/json:
                      schema: {type: object, properties: {id: {type: string}, count: {type: integer}}}
        """

    @Test("An operation a document and a rendered page both describe is the document's; each type they disagree on is a warning at the page, noting the document")
    func morePreciseSourceKept() throws {
        let (spec, diagnostics, sources) = Fixtures.load(["a-get-a-thing.md": Self.thingPage, "openapi.yaml": Self.thingDocument])
        #expect(!diagnostics.hasErrors)
        #expect(spec.operations.count == 1)
        #expect(spec.operations.first?.node["operationId"]?.text == "getThing")
        let warnings = diagnostics.all.filter { $0.message.hasPrefix("'GET /things/{id}' in a-get-a-thing.md disagrees with openapi.yaml") }
        #expect(warnings.map { $0.message.split(separator: ": ", maxSplits: 1).last.map(String.init) } == [
            "the 200 response's 'id' is a number here and a string there; the OpenAPI document's is used",
            "the 200 response's 'count' is a string here and an integer there; the OpenAPI document's is used",
        ])
        let first = try #require(warnings.first)
        #expect(sources.path(first.mark.file) == "a-get-a-thing.md" && first.mark.line == 11)
        #expect(first.notes.map { sources.path($0.mark.file) } == ["openapi.yaml"])
    }

    static let parsedThing = """
        # Things

        ````yaml get /things
        paths:
          path: /things
          method: get
          request: {}
          response:
            '200':
              application/json:
                schemaArray:
                  - $ref: '#/components/schemas/Thing'
                examples: {}
                description: OK
        components:
          schemas:
            Thing:
              type: object
              properties:
                count: {type: integer}
              requiredProperties: [count]
        ````
        """

    static let standardThing = """
        openapi: 3.1.0
        paths:
          /things:
            get:
              operationId: listThings
              responses:
                '200':
                  description: OK
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/Thing'}
        components:
          schemas:
            Thing:
              type: object
              properties:
                count: {type: integer}
                name: {type: string}
              required: [name]
        """

    @Test("A schema a parsed page and a document both define is the document's, read before or after; a required flag they disagree on is a warning")
    func precisionDecidesWhateverTheOrder() {
        for (parsedName, documentName) in [("a.md", "b.yaml"), ("b.md", "a.yaml")] {
            let (spec, diagnostics, _) = Fixtures.load([parsedName: Self.parsedThing, documentName: Self.standardThing])
            #expect(!diagnostics.hasErrors)
            #expect(spec.operations.first?.node["operationId"]?.text == "listThings")
            #expect(spec.component("schemas", "Thing")?["required"]?.items?.map(\.text) == ["name"])
            #expect(diagnostics.all.map(\.message) == [
                "schema 'Thing' in \(parsedName) disagrees with \(documentName): 'count' is required here and optional there; the OpenAPI document's is used"
            ])
        }
    }

    @Test("Security schemes of different names that authenticate the same way are one, named as the first source names it")
    func equivalentSchemesOfDifferentNames() {
        let a = "security: [{api_key: []}]\ncomponents:\n  securitySchemes:\n    api_key: {type: apiKey, in: header, name: x-api-key}\npaths: {}\n"
        let b = "paths:\n  /x:\n    get:\n      security: [{ApiKeyAuth: []}]\n      responses: {}\ncomponents:\n  securitySchemes:\n    ApiKeyAuth: {type: apiKey, in: header, name: x-api-key, description: Your key}\n"
        let (spec, diagnostics, _) = Fixtures.load(["a.yaml": a, "b.yaml": b])
        #expect(!diagnostics.hasErrors)
        #expect(spec.components["securitySchemes"]?.map(\.name) == ["api_key"])
        #expect(spec.operations.first?.node["security"]?.items?.first?.pairs?.map(\.key) == ["api_key"])
    }
}
