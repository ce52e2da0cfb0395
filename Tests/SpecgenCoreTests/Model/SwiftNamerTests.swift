import Testing
@testable import SpecgenCore

@Suite("Swift names")
struct SwiftNamerTests {
    @Test("Type names", arguments: [
        ("WebsetEnrichment", "WebsetEnrichment"), ("webhook-config", "WebhookConfig"), ("user_id", "UserId"),
        ("JsonValue", "JsonValue"), ("2fa", "_2fa"), ("Error", "Error"), ("String", "String"),
        ("Client", "Client"), ("protocol", "ProtocolModel"), ("Type", "TypeModel"), ("agent_run.deleted", "AgentRunDeleted"),
        ("HTTPResponse", "HTTPResponse"), ("", "Unnamed"), ("Self", "SelfModel"),
    ])
    func typeNames(_ raw: String, _ expected: String) {
        #expect(SwiftNamer.typeName(raw) == expected)
    }

    @Test("Member names", arguments: [
        ("websetId", "websetId"), ("created_at", "createdAt"), ("INVALID_REQUEST", "invalidRequest"),
        ("Exa-Beta", "exaBeta"), ("x-api-key", "xApiKey"), ("URLValue", "urlValue"), ("2fa", "_2fa"),
        ("agent-2026-05-07", "agent20260507"), ("self", "selfValue"), ("research_paper", "researchPaper"), ("+1", "plus1"), ("-1", "minus1"),
        ("", "empty"),
    ])
    func memberNames(_ raw: String, _ expected: String) {
        #expect(SwiftNamer.memberName(raw) == expected)
    }

    @Test("A scope numbers later comers, after an underscore when the name ends in a digit")
    func scopes() {
        var scope = NameScope(reserved: ["send"])
        #expect(scope.claim("send") == "send2")
        #expect(scope.claim("send") == "send3")
        #expect(scope.claim("_1") == "_1")
        #expect(scope.claim("_1") == "_1_2")
        #expect(scope.claim("x", unless: { $0 == "x" || $0 == "x2" }) == "x3")
        #expect(scope.contains("x3") && !scope.contains("x"))
    }

    @Test("Keywords are escaped in declarations", arguments: [
        ("default", "`default`"), ("class", "`class`"), ("type", "type"), ("import", "`import`"), ("id", "id"),
    ])
    func escaping(_ name: String, _ expected: String) {
        #expect(SwiftNamer.escaped(name) == expected)
    }

    @Test("Element names of plural properties", arguments: [
        ("options", "Option"), ("entries", "Entry"), ("searches", "Search"), ("criteria", "CriteriaItem"),
        ("status", "StatusItem"), ("addresses", "Address"),
    ])
    func elementNames(_ plural: String, _ expected: String) {
        #expect(SwiftNamer.elementTypeName(plural) == expected)
    }

    @Test("Operation method names", arguments: [
        ("deleteAgentRun", "deleteAgentRun"), ("websets.enrichments.cancel", "cancelEnrichment"),
        ("websets.cancel", "cancelWebset"), ("websets.searches.cancel", "cancelSearch"),
        ("GET /users/{id}", "getUsersId"), ("Get a widget", "getWidget"), ("Cancel a running Webset", "cancelWebset"),
    ])
    func methodNames(_ operation: String, _ expected: String) {
        #expect(SwiftNamer.methodName(for: operation) == expected)
    }

}
