import Testing
@testable import SpecgenCore

@Suite("Docs-site page shape normalization")
struct DocsPageNormalizerTests {
    static let page = """
        # Delete a thing

        > Deletes the thing.

        ````yaml delete /things/{id}
        paths:
          path: /things/{id}
          method: delete
          servers:
            - url: https://api.example.com/v2/
          request:
            security:
              - title: api key
                parameters:
                  header:
                    x-api-key:
                      type: apiKey
                      description: Your key
            parameters:
              path:
                id:
                  schema:
                    - type: string
                      required: true
                      description: The id
              query:
                force:
                  schema:
                    - type: boolean
            body: {}
          response:
            '200':
              application/json:
                schemaArray:
                  - type: object
                    properties:
                      id:
                        allOf:
                          - type: [string]
                    refIdentifier: '#/components/schemas/Thing'
                    requiredProperties: [id]
                description: Deleted
        ````
        """

    @Test("The page becomes a standard operation with its parameters, responses and security")
    func operation() throws {
        let (spec, diagnostics, _) = Fixtures.load(["things/delete.md": Self.page])
        #expect(!diagnostics.hasErrors)
        let operation = try #require(spec.operations.first)
        #expect(operation.path == "/things/{id}" && operation.method == "delete")
        #expect(operation.node["summary"]?.text == "Delete a thing")
        #expect(operation.node["description"]?.text == "Deletes the thing.")
        let parameters = operation.node["parameters"]?.items ?? []
        #expect(parameters.map { $0["name"]?.text } == ["id", "force"])
        #expect(parameters.map { $0["required"]?.scalar?.boolValue } == [true, false])
        #expect(parameters[0]["schema"]?["required"] == nil)
        #expect(operation.node["responses"]?["200"]?["description"]?.text == "Deleted")
        #expect(operation.node["responses"]?["200"]?["content"]?["application/json"]?["schema"]?["$ref"]?.text == "#/components/schemas/Thing")
        #expect(operation.node["security"]?.items?.first?.pairs?.map(\.key) == ["apiKey"])
        #expect(operation.node["requestBody"] == nil)
    }

    @Test("refIdentifier schemas become components, requiredProperties becomes required")
    func hoisting() throws {
        let (spec, _, _) = Fixtures.load(["things/delete.md": Self.page])
        let thing = try #require(spec.component("schemas", "Thing"))
        #expect(thing["required"]?.items?.map(\.text) == ["id"])
        #expect(thing["refIdentifier"] == nil)
        let scheme = try #require(spec.component("securitySchemes", "apiKey"))
        #expect(scheme["name"]?.text == "x-api-key" && scheme["in"]?.text == "header")
    }

    @Test("Positions still point into the page")
    func positions() throws {
        let (spec, _, _) = Fixtures.load(["things/delete.md": Self.page])
        let thing = try #require(spec.component("schemas", "Thing"))
        #expect(thing.mark.line == 35)
    }

    @Test("One security alternative of several headers is one scheme per header, named by its part of the title")
    func securityOfSeveralHeaders() throws {
        let page = """
            ````yaml get /keys
            paths:
              path: /keys
              method: get
              request:
                security:
                  - title: keyId & keySignature
                    parameters:
                      header:
                        KEY-ID: {type: apiKey}
                        KEY-SIGNATURE: {type: apiKey}
              response: {}
            ````
            """
        let (spec, diagnostics, _) = Fixtures.load(["keys.md": page])
        #expect(!diagnostics.hasErrors)
        #expect(spec.operations.first?.node["security"]?.items?.first?.pairs?.map(\.key) == ["keyId", "keySignature"])
        #expect(spec.component("securitySchemes", "keySignature")?["name"]?.text == "KEY-SIGNATURE")
    }

    @Test("A type written as the docs site shows it, enum<string> or string<uuid>, becomes a standard type")
    func shownTypes() throws {
        let page = """
            ````yaml get /attempts
            paths:
              path: /attempts
              method: get
              request:
                parameters:
                  query:
                    eventType:
                      schema:
                        - type: enum<string>
                          enum: [created, deleted]
                    id:
                      schema:
                        - type: string<uuid>
              response: {}
            ````
            """
        let (spec, _, _) = Fixtures.load(["attempts.md": page])
        let parameters = spec.operations.first?.node["parameters"]?.items ?? []
        #expect(parameters.first?["schema"]?["type"]?.text == "string")
        #expect(parameters.first?["schema"]?["enum"]?.items?.count == 2)
        #expect(parameters.last?["schema"]?["type"]?.text == "string" && parameters.last?["schema"]?["format"]?.text == "uuid")
    }
}
