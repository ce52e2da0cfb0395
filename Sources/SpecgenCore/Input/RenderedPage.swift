/// The facts a rendered docs page shows (HTML turned to markdown, with no OpenAPI block): its
/// title, the request sample (curl, or an SDK call), the endpoint line, the parameter,
/// authorization, body and response sections, and the response examples.
///
/// Page chrome (navigation, "Copy", "Ask AI", "Try it") carries no facts and is skipped.
struct RenderedPage: Sendable {
    /// Why a page documents no endpoint, and the line that shows it.
    struct NoEndpoint: Error {
        var reason: String
        var line: Int32
    }

    var title: String?
    /// The sentence the page, or its front matter, puts under the title.
    var summary: String?
    var method: String?
    var url: String?
    /// The path template the page shows beside the method (`POST / v0 / websets / {id} / cancel`).
    var pathTemplate: String?
    /// The line that shows the request: the sample's first line, else the method's.
    var requestLine: Int32 = 1
    var curl: CurlCommand?
    var sdk: SDKSample?
    /// The page line just before the request sample's first line.
    var sampleOffset: Int32 = 0
    /// Field lists by section title: `Authorizations`, `Path Parameters`, `Query Parameters`...
    var sections: [String: [ShownField]] = [:]
    var body: ShownContent?
    var responses: [ShownContent] = []
    /// JSON code blocks shown as responses, each under its status tabs.
    var examples: [PageCodeBlock] = []

    init(_ bytes: [UInt8]) throws(NoEndpoint) {
        let text = PageText(bytes)
        let blocks = PageCodeBlock.find(in: text.lines)
        examples = blocks.filter { $0.status != nil && $0.isJSON }
        readRequest(blocks.filter { $0.status == nil && !$0.isJSON })
        let endpoint = Self.endpointLine(text.lines, method: method)
        if method == nil, let endpoint {
            method = endpoint.method
            requestLine = endpoint.line
        }
        guard method != nil else {
            throw NoEndpoint(reason: "it shows no curl sample and no method beside a path (such as 'POST / v1 / things')", line: Self.titleLine(text))
        }
        pathTemplate = endpoint.map(\.path)
        title = Self.title(text)
        summary = Self.summary(text)
        readSections(text.lines, outside: blocks)
    }

    /// The curl sample, else the first SDK sample.
    private mutating func readRequest(_ candidates: [PageCodeBlock]) {
        if let block = candidates.first(where: { $0.text.hasPrefix("curl") }), let command = CurlCommand(block.text) {
            curl = command
            method = command.method
            url = command.url
            sampleOffset = block.lineOffset
            requestLine = block.firstLine
        } else if let (block, sample) = candidates.lazy.compactMap({ block in SDKSample(block.text).map { (block, $0) } }).first {
            sdk = sample
            sampleOffset = block.lineOffset
            requestLine = block.firstLine
        }
    }

    static let methods: Set<String> = ["GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE"]

    /// `POST`, `/`, `v0`, `/`, `imports`, one token a line: the method and path the page shows.
    private static func endpointLine(_ lines: [PageText.Line], method: String?) -> (method: String, path: String, line: Int32)? {
        let tokens = lines.map { ($0.number, $0.trimmed) }.filter { !$0.1.isEmpty }
        let starts = tokens.indices.filter { index in
            methods.contains(String(tokens[index].1)) && index + 1 < tokens.count && tokens[index + 1].1 == "/"
                && (method == nil || tokens[index].1 == method!)
        }
        guard let start = starts.first else { return nil }
        var path = ""
        var index = start + 1
        while index + 1 < tokens.count, tokens[index].1 == "/" {
            path += "/" + PageText.unescaped(tokens[index + 1].1)
            index += 2
        }
        return (String(tokens[start].1), path, tokens[start].0)
    }

    /// The first `# ` heading, else the page's name under the navigation's group, else the front
    /// matter's title; without the site name docs exports append (`Cancel a Webset - Exa`).
    private static func title(_ text: PageText) -> String? {
        let shown = text.lines.first { $0.trimmed.hasPrefix("# ") && !$0.trimmed.hasPrefix("# Source:") }.map { String($0.trimmed.dropFirst(2)) }
            ?? underNavigation(text.lines) ?? text.frontMatter["title"]
        guard var title = shown.map(PageText.unescaped) else { return nil }
        if let range = title.range(of: " - ", options: .backwards) { title = String(title[..<range.lowerBound]) }
        return title.trimmingCharacters(of: " ")
    }

    private static func titleLine(_ text: PageText) -> Int32 {
        text.lines.first { $0.trimmed.hasPrefix("# ") }?.number ?? text.lines.first { !$0.trimmed.isEmpty }?.number ?? 1
    }

    /// `Navigation`, the group, then the page's name.
    private static func underNavigation(_ lines: [PageText.Line]) -> String? {
        guard let index = lines.firstIndex(where: { $0.trimmed == "Navigation" }) else { return nil }
        let following = lines[(index + 1)...].lazy.map(\.trimmed).filter { !$0.isEmpty }.prefix(2)
        return following.count == 2 ? String(Array(following)[1]) : nil
    }

    /// The front matter's description, else a sentence right under the `# ` heading.
    private static func summary(_ text: PageText) -> String? {
        if let description = text.frontMatter["description"], !description.isEmpty { return description }
        guard let heading = text.lines.firstIndex(where: { $0.trimmed.hasPrefix("# ") && !$0.trimmed.hasPrefix("# Source:") }),
            let next = text.lines[(heading + 1)...].first(where: { !$0.trimmed.isEmpty && !PageChrome.isChrome($0.trimmed) })
        else { return nil }
        let sentence = next.trimmed
        guard sentence.contains(" "), let first = sentence.first, first.isLetter, !methods.contains(String(sentence)) else { return nil }
        return PageText.unescaped(sentence)
    }
}
