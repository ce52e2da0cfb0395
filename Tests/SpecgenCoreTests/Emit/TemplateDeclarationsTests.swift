import SpecgenTemplates
import Testing
@testable import SpecgenCore

@Suite("Names the templates declare")
struct TemplateDeclarationsTests {
    private static let defaults = TemplateDeclarations(scanning: DefaultTemplates.all.values)

    @Test("Every type the default templates declare or use is reserved, and nothing from comments or generics")
    func typeNames() {
        let names = Self.defaults.typeNames
        for declared in ["Client", "Credentials", "APIError", "ErrorBody", "JSONValue", "Boxed", "AnyCodingKey",
                         "ISO8601Coding", "ParameterValue", "HTTPTransport", "HTTPRequest"] {
            #expect(names.contains(declared), "\(declared) is declared by a template")
        }
        for used in ["URLSession", "URLRequest", "CharacterSet", "JSONDecoder", "DecodingError", "Date"] {
            #expect(names.contains(used), "\(used) is used by a template")
        }
        // `Value` is only ever a generic parameter, `Applies` a word of a comment, `Bearer ` text.
        for free in ["Value", "Applies", "The", "Bearer"] {
            #expect(!names.contains(free), "\(free) is not a type of the templates")
        }
    }

    @Test("Members of a type are read from its body and its extensions")
    func members() {
        let scan = TemplateDeclarations(scanning: ["""
            {{access}} struct Widget: Sendable {
                var size: Int
                {{access}} func {{name}}() {}
                func resize(by factor: Double) { let local = 1; _ = local }
                enum Kind { case round }
            }
            extension Widget {
                static let standard = Widget(size: 1)
            }
            // struct Commented {}
            let text = "struct Quoted {"
            """])
        #expect(scan.members["Widget"] == ["size", TemplateDeclarations.tagPlaceholder, "resize", "Kind", "standard"])
        #expect(scan.members["Kind"] == ["round"])
        #expect(scan.typeNames.contains("Widget") && scan.typeNames.contains("Kind"))
        #expect(!scan.typeNames.contains("Commented") && !scan.typeNames.contains("Quoted"))
    }

    @Test("The client's and the credentials' own members are reserved")
    func clientMembers() {
        let reserved = Emitter().reservedNames()
        #expect(reserved.clientMembers.isSuperset(of: ["send", "serverURL", "credentials", "transport", "defaultServer"]))
        #expect(reserved.credentialsMembers.isSuperset(of: ["apply", "authorize"]))
    }

    @Test("A custom template's own types are reserved too")
    func customTemplates() {
        let custom = "{{% CONTENT_TYPE: TEXT}}\n{{header}}\n\nstruct RequestLog {}\n"
        let reserved = Emitter(options: EmitOptions(templates: ["Support": custom])).reservedNames()
        #expect(reserved.typeNames.contains("RequestLog"))
        #expect(!reserved.typeNames.contains("ISO8601Coding"), "the default Support template is replaced")
    }

    @Test("What Type.mustache declares in a declaration is in the Resolve stage's table")
    func declarationMembers() {
        let declared = Self.defaults.members[TemplateDeclarations.tagPlaceholder, default: []]
        let listed = TemplateMembers.structure.union(TemplateMembers.openEnum).union(TemplateMembers.taggedUnion)
            .union(TemplateMembers.union)
        // Initializers, `encode(to:)` and the rendered lists are no names a property or case takes.
        let unlisted = declared.subtracting(listed).subtracting(["encode", TemplateDeclarations.tagPlaceholder])
        #expect(unlisted.isEmpty, "Type.mustache declares \(unlisted.sorted()) in every declaration")
    }
}
