extension StringProtocol {
    /// The text without `character` at either end.
    func trimmingCharacters(of character: Character) -> String {
        String(drop { $0 == character }.reversed().drop { $0 == character }.reversed())
    }

    func trimmingTrailingSpaces() -> String {
        var result = Substring(self)
        while result.last == " " { result.removeLast() }
        return String(result)
    }
}

extension String {
    /// Whether `part` occurs in the text, compared byte by byte: Foundation's `contains` bridges to
    /// NSString, which costs more than the search on the paths every `$ref` and body takes.
    func hasSubstring(_ part: String) -> Bool {
        let text = Array(utf8)
        let part = Array(part.utf8)
        guard part.count <= text.count else { return false }
        return (0...(text.count - part.count)).contains { start in text[start..<start + part.count].elementsEqual(part) }
    }
}
