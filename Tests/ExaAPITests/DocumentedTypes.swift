import ExaAPI

/// Each Swift type the client decodes a page's response example into, by the name the generator
/// gives it (``PageSpec/swiftType(of:)``): the tests' configuration, mapping a name to the type.
///
/// A page example whose type is missing here fails `everyExampleHasADocumentedSwiftType`, so a
/// new page cannot slip past the round-trip test unnoticed.
enum DocumentedTypes {
    static var bySwiftName: [String: any Codable.Type] {
        [
            "WebsetEnrichment": WebsetEnrichment.self,
            "WebsetSearch": WebsetSearch.self,
            "Webset": Webset.self,
            "DeleteAgentRunResponse": DeleteAgentRunResponse.self,
            "AgentErrorResponse": AgentErrorResponse.self,
            "AnswerResult": AnswerResult.self,
            "AnswerResponseEvent": AnswerResponseEvent.self,
            "SearchResponse": SearchResponse.self,
            "TeamsMeGetResponse": TeamsMeGetResponse.self,
            "Webhook": Webhook.self,
            "ListWebhookAttemptsResponse": ListWebhookAttemptsResponse.self,
            "ListMonitorRunsResponse": ListMonitorRunsResponse.self,
            "Import": Import.self,
            "Event": Event.self,
        ]
    }
}
