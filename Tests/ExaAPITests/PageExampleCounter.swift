import Foundation
import SpecgenCore

/// Counts the response examples each docs page holds by reading its fenced YAML blocks as they
/// are, before any normalization, so a test can check that the loader keeps every one of them.
///
/// A response example is an entry with a `value` under `examples`, or an `example` beside a
/// `schema` (or the docs pages' `schemaArray`), anywhere below `response` or `responses`.
/// Schemas are not searched: their `example`s describe values, not responses.
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
            let count = try FencedBlock.find(in: bytes).reduce(0) { total, block in
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
            case "schema", "schemaArray": total
            case "examples": total + (pair.value.pairs ?? []).filter { $0.value["value"] != nil }.count
            case "example" where isMedia: total + 1
            default: total + countExamples(pair.value)
            }
        }
    }
}
