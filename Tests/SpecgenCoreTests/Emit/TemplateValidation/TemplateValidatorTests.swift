import Testing
@testable import SpecgenCore
import SpecgenTemplates

/// `TemplateValidator`: every name a template uses must be one its context holds where it is used.
@Suite("Template validation")
struct TemplateValidatorTests {
    private func messages(_ text: String, _ name: String = "Type") -> [String] {
        TemplateValidator.issues(in: text, named: name).map { "\($0.line):\($0.column): \($0.message)" }
    }

    @Test("The built-in templates use only names their contexts have")
    func builtInTemplatesAreValid() {
        for (name, text) in DefaultTemplates.all {
            #expect(TemplateValidator.issues(in: text, named: name).isEmpty, "\(name).mustache")
        }
    }

    @Test("Each template specgen renders has a context to check against")
    func everyTemplateHasARoot() {
        #expect(TemplateValidator.templateNames == DefaultTemplates.all.keys.sorted())
    }

    @Test("An unknown name is reported at its line and column, with the nearest name")
    func unknownNameWithSuggestion() {
        #expect(messages("{{name}}\n  {{#propertys}}{{/propertys}}") == [
            "2:6: unknown name 'propertys' (in a declaration); did you mean 'properties'?"
        ])
    }

    @Test("Without a near name, the names in reach are listed")
    func unknownNameListsNames() {
        #expect(messages("{{zzz}}", "Support") == ["1:3: unknown name 'zzz' (in the support file); the names here are access, header"])
    }

    @Test("Inside a section, names of the contexts around it are in reach, as Mustache renders them")
    func outerNamesAreInReach() {
        #expect(messages("{{#properties}}{{declaration}} {{access}} {{name}}{{/properties}}").isEmpty)
        #expect(messages("{{#properties}}{{signature}}{{/properties}}").count == 1)
    }

    @Test("A flag's section stays in the same context; a list of strings is read with {{.}}")
    func flagsAndTextLists() {
        #expect(messages("{{#isStruct}}{{name}}{{/isStruct}}{{^hasNested}}{{/hasNested}}{{#docLines}}{{.}}{{/docLines}}").isEmpty)
        #expect(messages("{{#docLines}}{{.text}}{{/docLines}}").count == 1)
    }

    @Test("Dotted names are looked up one context at a time")
    func dottedNames() {
        #expect(messages("{{name.count}}") == ["1:3: 'count' is not a name of a string"])
    }

    @Test("Transforms must apply to the kind of value they are given")
    func transforms() {
        #expect(messages("{{#reversed(cases)}}{{declaration}}{{/reversed(cases)}}{{uppercased(name)}}{{count(properties)}}").isEmpty)
        #expect(messages("{{#first(properties)}}{{decodeLine}}{{/first(properties)}}").isEmpty)
        #expect(messages("{{lowercased(properties)}}") == ["1:3: the transform 'lowercased' does not apply to a list"])
        #expect(messages("{{#properties}}{{#first()}}, {{/first()}}{{/properties}}").isEmpty)
        #expect(messages("{{#first()}}x{{/first()}}") == ["1:4: 'first()' only has a value inside a section over a list"])
    }

    @Test("Partials must name a template specgen has")
    func partials() {
        #expect(messages("{{> Support}}").isEmpty)
        let names = TemplateValidator.templateNames.joined(separator: ", ")
        #expect(messages("{{> Header}}") == ["1:5: no template named 'Header' (the templates are \(names))"])
    }

    @Test("Positions stay right across comments, triple mustaches and changed delimiters")
    func positions() {
        let text = "{{! a comment\n over two lines }}{{{name}}}\n{{=<% %>=}}\n  <%nmae%>"
        #expect(messages(text) == ["4:5: unknown name 'nmae' (in a declaration); did you mean 'name'?"])
    }

    @Test("A syntax error is reported at its place")
    func syntaxError() {
        let issues = TemplateValidator.issues(in: "{{#isStruct}}\n{{/isAlias}}\n", named: "Type")
        #expect(issues.count == 1)
        #expect(issues.first?.line == 2)
        #expect(issues.first?.message == "this closing tag does not match the section it closes")
    }

    @Test("A template name specgen does not render is refused")
    func unknownTemplate() {
        #expect(messages("", "Operations").first?.hasPrefix("1:1: specgen renders no template named 'Operations'") == true)
    }

    @Test("The emitter refuses a custom template with an unknown name before rendering")
    func emitterChecksCustomTemplates() throws {
        let emitter = Emitter(options: EmitOptions(templates: ["Support": "{{% CONTENT_TYPE: TEXT}}\n{{headr}}\n"]))
        let model = APIModel(title: nil, server: nil, types: [], endpoints: [], securitySchemes: [])
        let error = #expect(throws: Emitter.TemplateError.self) {
            _ = try emitter.emit(model)
        }
        #expect(error?.description == "template 'Support': line 2, column 3: unknown name 'headr' (in the support file); did you mean 'header'?")
    }
}
