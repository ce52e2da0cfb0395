import Foundation
import Testing
@testable import SpecgenCore

/// The component declarations render while the operations are still being resolved; what they
/// render to must not depend on what the operations add.
@Suite("Rendering component declarations ahead")
struct RenderingAheadTests {
    /// The golden cases that resolve without errors, with the declarations handed over early.
    private static func resolved(_ name: String) throws -> (model: APIModel, components: @Sendable () -> [TypeDecl])? {
        let input = try InputFolder(path: GoldenCase(name: name).folder.appendingPathComponent("input").path, displayedAs: "input")
        var sources = SourceFiles()
        var diagnostics = Diagnostics()
        let spec = SpecLoader().load(try input.entries(), fetch: { try? input.file(at: $0) }, sources: &sources, diagnostics: &diagnostics)
        guard !diagnostics.hasErrors else { return nil }
        var components: (@Sendable () -> [TypeDecl])?
        let model = Resolver().resolve(spec, diagnostics: &diagnostics) { components = $0 }
        return diagnostics.hasErrors ? nil : (model, try #require(components))
    }

    @Test("The final passes give the components what they give them in the whole model", arguments: GoldenCase.all)
    func passesAgreeOnThePrefix(_ name: String) throws {
        guard let (model, components) = try Self.resolved(name) else { return }
        let early = components()
        #expect(early == Array(model.types.prefix(early.count)))
    }

    @Test("Each component declaration renders alike from the components alone and from the whole model", arguments: GoldenCase.all)
    func declarationsRenderAlike(_ name: String) throws {
        guard let (model, components) = try Self.resolved(name) else { return }
        let early = APIModel(title: nil, server: nil, types: components(), endpoints: [], securitySchemes: [])
        let emitter = Emitter()
        let library = try emitter.templates().library
        let whole = DeclarationBuilder(model: model, access: "public")
        let alone = DeclarationBuilder(model: early, access: "public")
        for index in early.types.indices where early.types[index].parent == nil {
            #expect(emitter.render(library, alone, TypeID(index)) == emitter.render(library, whole, TypeID(index)), "\(name): \(early.types[index].name)")
        }
    }

    @Test("Emitting with declarations rendered ahead writes the same files", arguments: GoldenCase.all)
    func sameFiles(_ name: String) throws {
        guard let (model, components) = try Self.resolved(name) else { return }
        let emitter = Emitter()
        let templates = try emitter.templates()
        let ahead = emitter.renderAhead(components) { templates }
        #expect(emitter.emit(model, templates: templates, ahead: ahead) == emitter.emit(model, templates: templates))
    }
}
