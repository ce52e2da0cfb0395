import Foundation
import TestSupport
import SpecgenCore

/// Counts the response examples each docs page holds by reading the page as it is, without the
/// loader, so a test can check that the loader keeps every one of them.
///
/// A page with fenced OpenAPI YAML holds, below `response` or `responses`, the entries with a
/// `value` under `examples` and each `example` beside a `schema` (or the docs pages'
/// `schemaArray`); schemas and response headers are not searched, their `example`s describe
/// values, not responses.
/// A rendered page holds one example per status it shows as a bare line (`200`) before a code
/// block of JSON; the page repeats each, so repeats are counted once.
enum PageExampleCounter {
    /// The number of response examples of each page under `folderPath` that has any, by the
    /// page's path relative to the folder.
    static func counts(inFolder folderPath: String) throws -> [String: Int] {
        let root = URL(fileURLWithPath: folderPath)
        let pages = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }.filter { $0.pathExtension == "md" } ?? []
        var counts: [String: Int] = [:]
        for page in pages {
            let bytes = [UInt8](try Data(contentsOf: page))
            let blocks = FencedBlock.find(in: bytes)
            let count = try blocks.isEmpty ? renderedStatuses(in: bytes).count : blocks.reduce(0) { total, block in
                try total + (YAMLReader().read(block.text, file: 0).map(countInResponses) ?? 0)
            }
            if count > 0 { counts[relativePath(of: page, under: root)] = count }
        }
        return counts
    }

    private static func relativePath(of page: URL, under root: URL) -> String {
        let base = root.standardizedFileURL.path + "/"
        return String(page.standardizedFileURL.path.dropFirst(base.count))
    }

    /// Examples below every `response` or `responses` key under `node`.
    private static func countInResponses(_ node: Node) -> Int {
        (node.pairs ?? []).reduce(0) { total, pair in
            let isResponses = pair.key == "response" || pair.key == "responses"
            return total + (isResponses ? countExamples(pair.value) : countInResponses(pair.value))
        }
        + (node.items ?? []).reduce(0) { $0 + countInResponses($1) }
    }

    /// Examples in a responses subtree, not descending into schemas.
    private static func countExamples(_ node: Node) -> Int {
        guard let pairs = node.pairs else { return (node.items ?? []).reduce(0) { $0 + countExamples($1) } }
        let isMedia = pairs.contains { $0.key == "schema" || $0.key == "schemaArray" }
        return pairs.reduce(0) { total, pair in
            switch pair.key {
            case "schema", "schemaArray", "headers": total
            case "examples": total + (pair.value.pairs ?? []).filter { $0.value["value"] != nil }.count
            case "example" where isMedia: total + 1
            default: total + countExamples(pair.value)
            }
        }
    }

    /// The statuses a rendered page shows as a bare line followed, before any other code block,
    /// by a code block that parses as JSON.
    private static func renderedStatuses(in bytes: [UInt8]) -> Set<Int> {
        var statuses: Set<Int> = []
        var status: Int?
        var block: [Substring]?
        for line in String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false) {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("```") {
                if let lines = block {
                    if let shown = status, (try? JSONTree(text: lines.joined(separator: "\n"))) != nil { statuses.insert(shown) }
                    (block, status) = (nil, nil)
                } else {
                    block = []
                }
            } else if block != nil {
                block?.append(line)
            } else if trimmed.count == 3, let number = Int(trimmed), (100..<600).contains(number) {
                status = number
            }
        }
        return statuses
    }
}
