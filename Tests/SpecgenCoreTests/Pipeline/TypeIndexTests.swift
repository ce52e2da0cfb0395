import Foundation
import Testing
@testable import SpecgenCore

/// `specgen index`: the Swift types of response bodies and schemas, spelled as the generated code
/// spells them.
@Suite("The type index")
struct TypeIndexTests {
    private static let spec = """
        openapi: 3.0.3
        info: {title: Pets, version: '1'}
        paths:
          /pets:
            get:
              operationId: listPets
              responses:
                '200':
                  description: The pets.
                  content:
                    application/json:
                      schema: {type: array, items: {$ref: '#/components/schemas/Pet'}}
                4XX:
                  description: A client error.
                  content:
                    application/problem+json:
                      schema: {$ref: '#/components/schemas/Problem'}
                default:
                  description: Anything else.
          /pets/{id}:
            get:
              operationId: getPet
              parameters:
                - {name: id, in: path, required: true, schema: {type: string}}
              responses:
                '200':
                  description: A pet and its tags.
                  content:
                    application/json:
                      schema:
                        type: object
                        properties:
                          pet: {$ref: '#/components/schemas/Pet'}
                          tags: {type: object, additionalProperties: {type: string}}
                '204':
                  description: Gone.
        components:
          schemas:
            Pet:
              type: object
              required: [name]
              properties:
                name: {type: string}
                status: {type: string, enum: [available, sold]}
            Problem:
              type: object
              properties:
                title: {type: string}
        """

    private static func inputs() -> [InputFile] {
        [InputFile(path: "pets.yaml", relativePath: "pets.yaml", bytes: Array(spec.utf8))]
    }

    @Test("Each response lists its status, content type and body type as the client spells it")
    func responses() throws {
        let (index, result) = Generator().index(Self.inputs())
        #expect(!result.hasErrors)
        let operations = try #require(index?.operations)
        let list = try #require(operations.first { $0.method == "get" && $0.path == "/pets" })
        #expect(list.swiftName == "listPets")
        #expect(list.responses.map(\.status) == ["200", "4XX", "default"])
        #expect(list.responses[0].type == "[Pet]" && list.responses[0].contentType == "application/json" && list.responses[0].encoding == "json")
        #expect(list.responses[1].type == "Problem" && list.responses[1].contentType == "application/problem+json")
        #expect(list.responses[2].type == nil && list.responses[2].contentType == nil)
        let get = try #require(operations.first { $0.path == "/pets/{id}" })
        let body = try #require(get.responses.first { $0.status == "200" }?.type)
        #expect(get.responses.first { $0.status == "204" }?.type == nil)
        // The inline body is a declaration of its own, named by the index as the client names it.
        let declaration = try #require(index?.declarations.first { $0.name == body })
        #expect(declaration.kind == "object" && declaration.pointer.hasPrefix("#/paths/"))
    }

    @Test("Each declaration is listed by its schema's pointer with its qualified name")
    func declarations() throws {
        let (index, _) = Generator().index(Self.inputs())
        let declarations = try #require(index?.declarations)
        let byPointer = Dictionary(declarations.map { ($0.pointer, $0) }, uniquingKeysWith: { first, _ in first })
        #expect(byPointer["#/components/schemas/Pet"]?.name == "Pet")
        #expect(byPointer["#/components/schemas/Pet"]?.kind == "object")
        #expect(byPointer["#/components/schemas/Pet"]?.file == "pets.yaml")
        #expect(byPointer["#/components/schemas/Pet/properties/status"]?.name == "Pet.Status")
        #expect(byPointer["#/components/schemas/Pet/properties/status"]?.kind == "enum")
        #expect(byPointer["#/components/schemas/Problem"]?.name == "Problem")
    }

    @Test("Every name the index gives is one the generated code declares")
    func namesAreDeclared() throws {
        let (index, _) = Generator().index(Self.inputs())
        let generated = Generator().generate(Self.inputs())
        #expect(!generated.hasErrors)
        let swift = generated.files.map(\.contents).joined(separator: "\n")
        let declarations = try #require(index?.declarations)
        #expect(!declarations.isEmpty)
        for declaration in declarations {
            let simple = String(declaration.name.split(separator: ".").last!)
            let declared = ["struct", "enum", "indirect enum", "typealias"].contains { swift.contains("\($0) \(simple)") }
            #expect(declared, "\(declaration.name) is not declared in the generated code")
        }
    }

    @Test("A description with errors has no index")
    func errors() {
        let broken = InputFile(path: "broken.yaml", relativePath: "broken.yaml", bytes: Array("""
            openapi: 3.0.3
            info: {title: Broken, version: '1'}
            paths:
              /a:
                get:
                  responses:
                    '200':
                      description: A broken reference.
                      content:
                        application/json:
                          schema: {$ref: '#/components/schemas/Missing'}
            """.utf8))
        let (index, result) = Generator().index([broken])
        #expect(index == nil)
        #expect(result.hasErrors)
    }

    @Test("The index encodes as the JSON the command prints")
    func json() throws {
        let (index, _) = Generator().index(Self.inputs())
        let data = try JSONEncoder().encode(try #require(index))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(Set(object.keys) == ["operations", "declarations"])
        #expect(try JSONDecoder().decode(TypeIndex.self, from: data) == index)
    }
}
