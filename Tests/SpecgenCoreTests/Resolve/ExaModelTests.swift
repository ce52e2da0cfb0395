import Testing
@testable import SpecgenCore

@Suite("The model of the Exa docs pages")
struct ExaModelTests {
    private func model() throws -> APIModel {
        let folder = try InputFolder(path: Fixtures.specs.path)
        var sources = SourceFiles()
        var diagnostics = Diagnostics()
        let spec = SpecLoader().load(try folder.entries(), sources: &sources, diagnostics: &diagnostics)
        let model = Resolver(reserved: Emitter().reservedNames()).resolve(spec, diagnostics: &diagnostics)
        #expect(!diagnostics.hasErrors)
        return model
    }

    @Test("Types are named after the spec's schemas")
    func names() throws {
        let model = try model()
        for name in ["WebsetEnrichment", "WebsetSearch", "Entity", "JsonValue", "AgentErrorResponse", "DeleteAgentRunResponse"] {
            #expect(model.declaration(named: name) != nil, "missing \(name)")
        }
    }

    @Test("Entity is a union tagged by type, with the five entity kinds")
    func entity() throws {
        let entity = try #require(try model().declaration(named: "Entity"))
        guard case .taggedUnion(let union) = entity.kind else {
            Issue.record("Entity is \(entity.kind)")
            return
        }
        #expect(union.tagProperty == "type")
        #expect(union.cases.map(\.tag) == ["company", "person", "article", "research_paper", "custom"])
    }

    @Test("JsonValue is a union by JSON kind, null included, that holds itself")
    func jsonValue() throws {
        let model = try model()
        let json = try #require(model.declaration(named: "JsonValue"))
        guard case .kindUnion(let cases) = json.kind else {
            Issue.record("JsonValue is \(json.kind)")
            return
        }
        #expect(cases.map(\.kind) == [.null, .boolean, .number, .string, .array, .object])
        let id = TypeID(model.types.firstIndex(of: json)!)
        #expect(cases.last?.type == .map(.named(id)))
    }

    @Test("Required fields that allow null stay required; optional ones are optional")
    func optionality() throws {
        let enrichment = try #require(try model().declaration(named: "WebsetEnrichment"))
        guard case .object(let shape) = enrichment.kind else {
            Issue.record("WebsetEnrichment is \(enrichment.kind)")
            return
        }
        let title = try #require(shape.properties.first { $0.jsonName == "title" })
        #expect(title.isRequired && title.allowsNull)
        let metadata = try #require(shape.properties.first { $0.jsonName == "metadata" })
        #expect(!metadata.isRequired)
        let object = try #require(shape.properties.first { $0.jsonName == "object" })
        #expect(object.constant == .string("webset_enrichment"))
    }

    @Test("Each operation keeps its own server and security")
    func endpoints() throws {
        let endpoints = try model().endpoints
        let delete = try #require(endpoints.first { $0.path == "/v0/websets/{webset}/enrichments/{id}" })
        #expect(delete.server == "https://api.exa.ai/websets/")
        #expect(delete.security == [["apiKey"]])
        let run = try #require(endpoints.first { $0.name == "deleteAgentRun" })
        #expect(run.server == nil)
        #expect(run.security == [["apiKey"], ["bearer"]])
        #expect(run.parameters.first { $0.name == "Exa-Beta" }?.fixedValue == "agent-2026-05-07")
        #expect(run.responses.compactMap(\.status) == [200, 400, 401, 404, 429, 500])
    }
}
