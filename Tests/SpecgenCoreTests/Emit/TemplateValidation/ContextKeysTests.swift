import Mustache
import Testing
@testable import SpecgenCore

/// The key lists the validator checks templates against must say what each context's
/// `child(named:)` answers; a name listed but not answered would pass validation and render empty.
@Suite("Context key lists")
struct ContextKeysTests {
    /// One value of every context, with every list non-empty so each key answers.
    private static var samples: [(any MustacheParent, TemplateKeys)] {
        let property = PropertyContext(
            docLines: ["/// x"], declaration: "var x: Int", isStored: true, initParameter: "x: Int",
            initAssignment: "self.x = x", decodeLine: "d", encodeLine: "e")
        let item = ListItem(text: "x: Int", separator: ",")
        let enumCase = CaseContext(docLines: ["/// a"], declaration: "case a", decodeLine: "d", encodeLine: "e")
        var declaration = DeclarationContext(form: .structure, docLines: ["/// T"], access: "public", name: "T")
        declaration.properties = [property]
        declaration.initParameters = [item]
        declaration.cases = [enumCase]
        let operation = OperationContext(docLines: ["/// op"], attributes: ["@available(*, deprecated)"], signature: "func op()", bodyLines: ["body"])
        let credential = CredentialContext(
            docLines: ["/// key"], declaration: "var key: String?", initParameter: "key: String? = nil",
            initAssignment: "self.key = key", valueLine: "case \"key\": key", applyLines: ["case \"key\":"])
        let client = ClientContext(
            header: "//", access: "public", docLines: ["/// c"], defaultServer: "https://x", operations: [operation], operationTypes: ["enum B {}"], servers: ["enum S {}"],
            credentials: [credential], errorBodies: ["case e(E)"])
        return [
            (property, PropertyContext.keys), (item, ListItem.keys), (enumCase, CaseContext.keys),
            (declaration, DeclarationContext.keys), (operation, OperationContext.keys),
            (credential, CredentialContext.keys), (client, ClientContext.keys),
            (SupportContext(header: "//", access: "public"), SupportContext.keys),
            (TypesFileContext(header: "//", declarations: ["struct T {}"]), TypesFileContext.keys),
        ]
    }

    @Test("Every listed name is answered, with a value of the listed kind")
    func listedNamesAreAnswered() {
        for (context, keys) in Self.samples {
            for name in keys.names {
                let value = context.child(named: name)
                #expect(value != nil, "\(type(of: context)) does not answer '\(name)'")
                if let value, let kind = keys[name] {
                    #expect(Self.matches(value, kind), "\(type(of: context)).\(name) is \(type(of: value)), listed as \(kind)")
                }
            }
        }
    }

    private static func matches(_ value: Any, _ kind: TemplateKeys.Value) -> Bool {
        switch kind {
        case .text: value is String
        case .flag: value is Bool
        case .number: value is Int
        case .texts: value is [String] || value is TemplateLines
        case .list: (value as? [Any])?.allSatisfy { $0 is any MustacheParent } ?? false
        case .context: value is any MustacheParent
        }
    }

    @Test("A custom Type template may list the stored properties alone, without the constants")
    func storedProperties() throws {
        let type = "{{% CONTENT_TYPE: TEXT}}\n{{name}}:{{#storedProperties}} {{declaration}};{{/storedProperties}}\n"
        let emitter = Emitter(options: EmitOptions(templates: ["Type": type]))
        let origin = Origin(pointer: "#/components/schemas/Pet", mark: .unknown, file: nil)
        let shape = ObjectShape(properties: [
            Property(jsonName: "kind", swiftName: "kind", type: .string, isRequired: true, allowsNull: false, constant: .string("pet")),
            Property(jsonName: "name", swiftName: "name", type: .string, isRequired: true, allowsNull: false),
        ])
        let model = APIModel(
            title: nil, server: nil, types: [TypeDecl(name: "Pet", kind: .object(shape), origin: origin)], endpoints: [],
            securitySchemes: [])
        let types = try #require(try emitter.emit(model).first { $0.name == "Types.swift" })
        #expect(types.contents.contains("Pet: public var name: String;\n"), "\(types.contents)")
    }
}
