import ExaAPI

/// The Swift type the generator makes for each component schema the pages document as a
/// response body: the tests' configuration, mapping what a page names to what the client returns.
///
/// A page example whose schema is missing here fails `everyExampleHasADocumentedSwiftType`, so a
/// new page cannot slip past the round-trip test unnoticed.
enum DocumentedTypes {
    static var bySchemaName: [String: any Codable.Type] {
        [
            "WebsetEnrichment": WebsetEnrichment.self,
            "WebsetSearch": WebsetSearch.self,
            "Webset": Webset.self,
            "DeleteAgentRunResponse": DeleteAgentRunResponse.self,
            "AgentErrorResponse": AgentErrorResponse.self,
            "AnswerResult": AnswerResult.self,
        ]
    }
}
