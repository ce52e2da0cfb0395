import Testing
@testable import SpecgenCore

@Suite("Generating a subset of an API")
struct SelectionTests {
    static let api = """
        openapi: 3.1.0
        info: {title: Subset, version: '1'}
        paths:
          /users/{id}:
            get:
              operationId: getUser
              tags: [users]
              parameters: [{name: id, in: path, required: true, schema: {type: string}}]
              responses:
                '200': {description: A user., content: {application/json: {schema: {$ref: '#/components/schemas/User'}}}}
          /orders:
            get:
              operationId: listOrders
              tags: [orders]
              responses:
                '200': {description: Orders., content: {application/json: {schema: {type: array, items: {$ref: '#/components/schemas/Order'}}}}}
        components:
          schemas:
            User: {type: object, properties: {address: {$ref: '#/components/schemas/Address'}}}
            Address: {type: object, properties: {city: {type: string}}}
            Order: {type: object, properties: {buyer: {$ref: '#/components/schemas/User'}}}
            Unused: {type: object, properties: {x: {type: string}}}
        """

    private func select(_ selection: Selection) -> SpecSet {
        Fixtures.load(["api.yaml": Self.api]).0.selecting(selection)
    }

    private func schemaNames(_ spec: SpecSet) -> [String] {
        (spec.components["schemas"] ?? []).map(\.name)
    }

    @Test("Operations by id, closed over the schemas they use")
    func byOperation() {
        let spec = select(Selection(operations: ["getUser"]))
        #expect(spec.operations.map(\.path) == ["/users/{id}"])
        #expect(schemaNames(spec) == ["User", "Address"])
    }

    @Test("Operations by tag")
    func byTag() {
        let spec = select(Selection(tags: ["orders"]))
        #expect(spec.operations.map(\.path) == ["/orders"])
        #expect(schemaNames(spec) == ["User", "Address", "Order"])
    }

    @Test("Operations by path, with a prefix wildcard")
    func byPath() {
        #expect(select(Selection(paths: ["/users/*"])).operations.count == 1)
        #expect(select(Selection(paths: ["/users/{id}", "/orders"])).operations.count == 2)
    }

    @Test("Pruning keeps every operation and drops the schemas none of them uses")
    func prune() {
        let spec = select(Selection(prune: true))
        #expect(spec.operations.count == 2)
        #expect(schemaNames(spec) == ["User", "Address", "Order"])
    }

    @Test("Without a selection everything stays")
    func everything() {
        #expect(schemaNames(select(Selection())) == ["User", "Address", "Order", "Unused"])
    }
}

@Suite("Selections in specgen.yaml")
struct SelectionConfigTests {
    @Test("A config names operations, tags, paths and pruning")
    func reads() throws {
        var sources = SourceFiles()
        var diagnostics = Diagnostics()
        let text = "inputs: specs\noperations: [getUser, listOrders]\ntags: users\npaths: ['/orders/*']\nprune: true\n"
        let config = try #require(SpecgenConfig.read(Array(text.utf8), path: "specgen.yaml", sources: &sources, diagnostics: &diagnostics))
        #expect(!diagnostics.hasErrors)
        #expect(config.selection == Selection(operations: ["getUser", "listOrders"], tags: ["users"], paths: ["/orders/*"], prune: true))
    }

    @Test("A misspelt selection key is an error at its place")
    func misspelt() {
        var sources = SourceFiles()
        var diagnostics = Diagnostics()
        _ = SpecgenConfig.read(Array("operation: [getUser]\nprune: maybe\n".utf8), path: "specgen.yaml", sources: &sources, diagnostics: &diagnostics)
        #expect(diagnostics.all.map(\.mark.line) == [1, 2])
    }
}
