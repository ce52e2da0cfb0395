import Testing
@testable import SpecgenCore

@Suite("Schemas inferred from examples, across pages")
struct ExampleSchemasTests {
    /// A rendered page of `method path` whose response example is `example`, and whose curl sample
    /// sends `data` when there is some.
    static func page(_ method: String, _ path: String, example: String, data: String? = nil) -> String {
        let send = data.map { " \\\n  --data '\($0)'" } ?? ""
        return """
            # Page

            ```
            curl --request \(method) \\
              --url https://api.example.com\(path)\(send)
            ```

            200

            ```
            \(example)
            ```
            """
    }

    static let runs = """
        openapi: 3.1.0
        servers: [{url: 'https://api.example.com'}]
        paths: {}
        components:
          schemas:
            ListRunsResponse:
              type: object
              properties:
                data: {type: array, items: {$ref: '#/components/schemas/Run'}}
                hasMore: {type: boolean}
                nextCursor: {type: [string, 'null']}
              required: [data, hasMore, nextCursor]
            Run:
              type: object
              properties:
                id: {type: string}
                object: {type: string, enum: [run]}
              required: [id, object]
            Thing:
              type: object
              properties:
                a: {type: string}
                b: {type: string}
        """

    private func responseSchema(_ files: [String: String], _ path: String) -> Node? {
        let (spec, _, _) = Fixtures.load(files)
        return spec.operations.first { $0.path == path }?.node["responses"]?["200"]?["content"]?["application/json"]?["schema"]
    }

    @Test("Examples of one object constant on several pages are one component with every property any shows")
    func oneComponentPerObjectConstant() throws {
        let (spec, diagnostics, _) = Fixtures.load([
            "a.md": Self.page("GET", "/imports/{id}", example: #"{"object": "import", "id": "<string>", "title": "<string>"}"#),
            "b.md": Self.page("POST", "/imports", example: #"{"object": "import", "id": "<string>", "uploadUrl": "<string>"}"#),
        ])
        #expect(!diagnostics.hasErrors)
        #expect(spec.components["schemas"]?.map(\.name) == ["Import"])
        let properties = try #require(spec.component("schemas", "Import")?["properties"]?.pairs)
        #expect(properties.map(\.key) == ["object", "id", "title", "uploadUrl"])
        for operation in spec.operations {
            #expect(operation.node["responses"]?["200"]?["content"]?["application/json"]?["schema"]?["$ref"]?.text == "#/components/schemas/Import")
        }
    }

    @Test("A value two examples of one object show of different kinds is any JSON value, with a warning naming the other page")
    func kindsThatDisagree() {
        let (spec, diagnostics, _) = Fixtures.load([
            "a.md": Self.page("GET", "/imports/{id}", example: #"{"object": "import", "count": 3}"#),
            "b.md": Self.page("POST", "/imports", example: #"{"object": "import", "count": "<string>"}"#),
        ])
        #expect(spec.component("schemas", "Import")?["properties"]?["count"]?["type"] == nil)
        #expect(diagnostics.all.map(\.message) == ["'count' of Import is a string here and a number in a.md; it is read as any JSON value"])
    }

    @Test("An object with a placeholder for its constant is the object another page shows with the same properties, whichever page is read first")
    func sameStructureAcrossPages() throws {
        let (spec, _, _) = Fixtures.load([
            "a.md": Self.page("GET", "/events/{id}", example: #"{"object": "event", "data": {"object": "<string>", "id": "<string>", "title": "<string>"}}"#),
            "b.md": Self.page("POST", "/websets", example: #"{"object": "webset", "id": "<string>", "title": "<string>"}"#),
        ])
        let data = try #require(spec.component("schemas", "Event")?["properties"]?["data"])
        #expect(data["$ref"]?.text == "#/components/schemas/Webset")
    }

    @Test("An envelope holding another kind of object, or showing no item, is not a documented envelope it is compatible with")
    func envelopesNeedTheirItems() {
        let items = Self.page("GET", "/items", example: #"{"data": [{"object": "item", "id": "<string>"}], "hasMore": true, "nextCursor": null}"#)
        let empty = Self.page("GET", "/empty", example: #"{"data": [], "hasMore": false, "nextCursor": null}"#)
        let runs = Self.page("GET", "/runs", example: #"{"data": [{"object": "run", "id": "<string>"}], "hasMore": true, "nextCursor": null}"#)
        let files = ["items.md": items, "empty.md": empty, "runs.md": runs, "openapi.yaml": Self.runs]
        let reference = "#/components/schemas/ListRunsResponse"
        #expect(responseSchema(files, "/items")?["$ref"] == nil)
        #expect(responseSchema(files, "/empty")?["$ref"] == nil)
        #expect(responseSchema(files, "/runs")?["$ref"]?.text == reference)
    }

    @Test("A request body fitting a documented schema is not that schema: requests match by object constant only")
    func requestBodiesMatchByConstantOnly() throws {
        let page = Self.page("POST", "/things", example: #"{"a": "x", "b": "y"}"#, data: #"{"a": "x", "b": "y"}"#)
        let (spec, _, _) = Fixtures.load(["things.md": page, "openapi.yaml": Self.runs])
        let operation = try #require(spec.operations.first)
        #expect(operation.node["requestBody"]?["content"]?["application/json"]?["schema"]?["$ref"] == nil)
        #expect(operation.node["responses"]?["200"]?["content"]?["application/json"]?["schema"]?["$ref"]?.text == "#/components/schemas/Thing")
    }

    @Test("A page added in front renames no type the other pages produced")
    func namesDoNotDependOnOtherPages() throws {
        let pages = [
            "b.md": Self.page("POST", "/imports", example: #"{"object": "import", "id": "<string>", "uploadUrl": "<string>"}"#),
            "c.md": Self.page("GET", "/websets/{id}", example: #"{"object": "webset", "imports": [{"object": "import", "title": "<string>"}]}"#),
        ]
        let front = Self.page("GET", "/events/{id}", example: #"{"object": "event", "data": {"object": "import", "count": 3}}"#)
        let (before, _) = Fixtures.model(pages)
        let (after, _) = Fixtures.model(pages.merging(["a.md": front]) { first, _ in first })
        let namesBefore = before.types.filter { $0.parent == nil }.map(\.name)
        let namesAfter = Set(after.types.filter { $0.parent == nil }.map(\.name))
        #expect(namesBefore.sorted() == ["Import", "Webset"])
        #expect(namesAfter.isSuperset(of: namesBefore))
    }
}
