/// The lines a docs site adds around what a page documents — copy buttons, the assistant, search
/// shortcuts, disclosure toggles — which carry no facts about the API.
enum PageChrome {
    private static let lines: Set<String> = [
        "Copy", "Copy page", "Ask AI", "⌘KAsk AI", "Try it", "Send", "Assistant", "Search...", "Search or ask...",
        "Ctrl K", "Ctrl+I", "⌘K", "⌘I", "Navigation", "Select option",
        "Responses are generated using AI and may contain mistakes.",
    ]

    static func isChrome(_ text: some StringProtocol) -> Bool {
        lines.contains(String(text)) || isChildToggle(text)
    }

    /// `Show child attributes`, `Hide child attributes`, and the glued `Showchild attributes`.
    static func isChildToggle(_ text: some StringProtocol) -> Bool {
        let squeezed = String(text.filter { $0 != " " }).lowercased()
        return squeezed == "showchildattributes" || squeezed == "hidechildattributes"
    }
}
