import Testing
@testable import SpecgenCore

/// Every name the model gives the output is unique in its scope, so no description can make the
/// output ambiguous: checked on every golden case that resolves, `naming-torture` among them.
@Suite("One namespace")
struct NamespaceTests {
    private static func model(_ name: String) throws -> APIModel? {
        let input = try InputFolder(path: GoldenCase(name: name).folder.appendingPathComponent("input").path, displayedAs: "input")
        var sources = SourceFiles()
        var diagnostics = Diagnostics()
        let spec = SpecLoader().load(try input.entries(), fetch: { try? input.file(at: $0) }, sources: &sources, diagnostics: &diagnostics)
        guard !diagnostics.hasErrors else { return nil }
        let model = Resolver(reserved: Emitter().reservedNames()).resolve(spec, diagnostics: &diagnostics)
        return diagnostics.hasErrors ? nil : model
    }

    /// The names a declaration's body declares besides its nested types.
    private static func members(of kind: TypeDecl.Kind) -> [String] {
        switch kind {
        case .object(let shape): shape.properties.map(\.swiftName) + (shape.additionalProperties == nil ? [] : ["additionalProperties"])
        case .stringEnum(let values): values.map(\.swiftName) + ["unknown", "rawValue"]
        case .taggedUnion(let union): union.cases.map(\.swiftName) + ["unknown"]
        case .shapeUnion(let cases): cases.map(\.swiftName)
        case .kindUnion, .alias: []
        }
    }

    private static func duplicates(_ names: [String]) -> [String] {
        Dictionary(grouping: names, by: { $0 }).filter { $0.value.count > 1 }.keys.sorted()
    }

    @Test("Names are unique in each scope and hide nothing", arguments: GoldenCase.all)
    func uniqueNames(_ name: String) throws {
        guard let model = try Self.model(name) else { return }
        let reserved = Emitter().reservedNames()
        let topLevel = model.types.filter { $0.parent == nil }.map(\.name)
        #expect(Self.duplicates(topLevel).isEmpty, "\(name): top-level \(Self.duplicates(topLevel))")
        #expect(reserved.typeNames.isDisjoint(with: topLevel), "\(name): \(reserved.typeNames.intersection(topLevel).sorted())")
        let topLevelSet = Set(topLevel)
        for (index, declaration) in model.types.enumerated() {
            let nested = model.types.filter { $0.parent == TypeID(index) }.map(\.name)
            let scope = nested + Self.members(of: declaration.kind)
            #expect(Self.duplicates(scope).isEmpty, "\(name): \(declaration.name) declares \(Self.duplicates(scope)) twice")
            #expect(topLevelSet.isDisjoint(with: scope), "\(name): \(declaration.name) hides \(topLevelSet.intersection(scope).sorted())")
        }
        let methods = model.endpoints.map(\.swiftName)
        #expect(Self.duplicates(methods).isEmpty && reserved.clientMembers.isDisjoint(with: methods), "\(name): methods \(methods)")
        for endpoint in model.endpoints {
            let labels = endpoint.parameters.map(\.swiftName) + (endpoint.body == nil ? [] : [Endpoint.bodyArgument])
            #expect(Self.duplicates(labels).isEmpty, "\(name): \(endpoint.swiftName) takes \(Self.duplicates(labels)) twice")
            #expect(!endpoint.parameters.contains { Endpoint.reservedArgumentNames.contains($0.swiftName) })
        }
        let credentials = model.securitySchemes.map(\.swiftName)
        #expect(Self.duplicates(credentials).isEmpty && reserved.credentialsMembers.isDisjoint(with: credentials))
    }

    @Test("The torture case resolves, so the check above covers it")
    func tortureResolves() throws {
        let model = try #require(try Self.model("naming-torture"))
        #expect(model.types.contains { $0.name == "HTTPRequestModel" })
        #expect(model.endpoints.contains { $0.swiftName == "send2" })
    }
}
