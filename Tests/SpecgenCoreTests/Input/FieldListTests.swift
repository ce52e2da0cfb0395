import Testing
@testable import SpecgenCore

@Suite("Field lists of rendered pages")
struct FieldListTests {
    private func list(_ text: String) -> FieldList {
        FieldList(PageText(Array(text.utf8)).lines)
    }

    @Test("Types as pages show them")
    func shownTypes() throws {
        let uuid = try #require(ShownType("string<uuid>"))
        #expect(uuid.alternatives == [.init(base: "string", detail: "uuid")])
        let nullableList = try #require(ShownType("string[] | null"))
        #expect(nullableList.allowsNull && nullableList.values == [.init(base: "string", arrayDepth: 1)])
        #expect(ShownType("enum<string>\\[\\]")?.alternatives == [.init(base: "enum", detail: "string", arrayDepth: 1)])
        #expect(ShownType("stringobject")?.alternatives.map(\.base) == ["string", "object"])
        #expect(ShownType("Extract object") == nil)
        #expect(ShownType("stringly") == nil)
    }

    @Test("Limits: ranges, lengths and item counts, exclusive or not")
    func bounds() {
        let range = ShownBounds("Required range: `0 <= x <= 500`")
        #expect(range?.measure == .value && range?.lower == .init(number: "0") && range?.upper == .init(number: "500"))
        #expect(ShownBounds("Required range: `x > 0`")?.lower == .init(number: "0", isExclusive: true))
        #expect(ShownBounds("Required string length: `1 - 100`")?.upper?.number == "100")
        #expect(ShownBounds("Required array length: `1 - 5 elements`")?.measure == .items)
        #expect(ShownBounds("Maximum length: `20`")?.upper?.number == "20")
        #expect(ShownBounds("Required range: `a lot`") == nil)
    }

    @Test("A field's attributes: location and required glued, default, options, example, description")
    func attributes() throws {
        let fields = list("""
            Authorization

            string

            headerrequired

            Bearer token.

            sortBy

            enum<string>

            default:TIMESTAMP

            Available options:

            `TIMESTAMP`,

            `CASH`

            user

            string

            Example:

            `"0x5668"`

            The user's address.
            """).fields
        #expect(fields.map(\.name) == ["Authorization", "sortBy", "user"])
        #expect(fields[0].location == "header" && fields[0].isRequired && fields[0].description == "Bearer token.")
        #expect(fields[1].defaultValue == "TIMESTAMP" && fields[1].options == ["TIMESTAMP", "CASH"] && fields[1].description == nil)
        #expect(fields[2].description == "The user's address.")
    }

    @Test("Fields without anchors are told apart by name and type lines")
    func fieldsWithoutAnchors() {
        let fields = list("application/json\n\nurls\n\nstring\\[\\]\n\nwebhook\n\nstringobject\n\nWhere to send events.\n\nactions\n\nobject\\[\\]\n\n- Wait\n- Click\n\nShowchild attributes\n").fields
        #expect(fields.map(\.name) == ["urls", "webhook", "actions"])
        #expect(fields[2].unionOptions == ["Wait", "Click"] && fields[2].hasChildToggle && fields[2].children.isEmpty)
    }

    @Test("Fields after a child toggle whose anchors extend the parent's are its children")
    func children() {
        let fields = list("""
            [](#response-settings)

            settings

            object

            Show child attributes

            [](#response-settings-theme)

            settings.theme

            string

            [](#response-settings-size)

            size

            integer

            [](#response-settingsx)

            settingsx

            boolean
            """).fields
        #expect(fields.map(\.name) == ["settings", "settingsx"])
        #expect(fields[0].children.map(\.name) == ["theme", "size"])
    }
}
