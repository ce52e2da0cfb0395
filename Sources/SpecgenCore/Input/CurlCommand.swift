/// What a curl sample sends: method, URL, headers and data.
struct CurlCommand {
    var method: String?
    var url: String?
    var headers: [(name: String, value: String)] = []
    /// The `-d`/`--data`/`--json` argument and the block line (0-based) it starts on.
    var data: (text: String, line: Int)?

    init?(_ text: String) {
        guard text.hasPrefix("curl") else { return nil }
        let words = CurlWords.split(text)
        var index = 0
        while index < words.count {
            let word = words[index].text
            let next = index + 1 < words.count ? words[index + 1] : nil
            index += 1
            switch word {
            case "--request", "-X": method = next?.text.uppercased()
            case "--url": url = next?.text
            case "--header", "-H": if let header = next.flatMap({ Self.header($0.text) }) { headers.append(header) }
            case "--data", "-d", "--data-raw", "--data-binary", "--json": data = next.map { ($0.text, $0.line) }
            default:
                if url == nil, word.hasPrefix("http") { url = word }
                continue
            }
            index += 1
        }
        if method == nil { method = data == nil ? "GET" : "POST" }
    }

    private static func header(_ text: String) -> (String, String)? {
        guard let colon = text.firstIndex(of: ":") else { return nil }
        return (String(text[..<colon]), text[text.index(after: colon)...].trimmingCharacters(of: " "))
    }
}

/// Splits a shell command into words the way a shell would for curl samples: quotes, and
/// backslash line continuations, also where the page lost the line break after the backslash.
enum CurlWords {
    static func split(_ command: String) -> [(text: String, line: Int)] {
        var words: [(text: String, line: Int)] = []
        var current = ""
        var quote: Character?
        var start: Int?
        var line = 0
        var iterator = command.makeIterator()
        func endWord() {
            if let begun = start { words.append((current, begun)) }
            current = ""
            start = nil
        }
        while let character = iterator.next() {
            if character == "\n" { line += 1 }
            if let open = quote {
                if character == open { quote = nil } else { current.append(character) }
                continue
            }
            switch character {
            case "'", "\"":
                quote = character
                start = start ?? line
            case "\\":
                guard let next = iterator.next() else { continue }
                if next == "\n" { line += 1 }
                if next == " " || next == "\n" || next == "\t" {
                    endWord()
                } else {
                    current.append(next)
                    start = start ?? line
                }
            case " ", "\n", "\t":
                endWord()
            default:
                current.append(character)
                start = start ?? line
            }
        }
        endWord()
        return words
    }
}
