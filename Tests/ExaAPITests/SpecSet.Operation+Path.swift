import Foundation
import SpecgenCore

extension SpecSet.Operation {
    /// The path with each `{name}` replaced by `values[name]`, as the client should send it when
    /// the values need no escaping.
    func path(filling values: [String: String]) -> String {
        values.reduce(path) { path, entry in path.replacingOccurrences(of: "{\(entry.key)}", with: entry.value) }
    }

    /// The path parameters a request path carries, percent escapes undone; nil when the path
    /// does not have the template's segments (a `/` left unescaped adds one).
    ///
    /// For `/v0/websets/{webset}/enrichments/{id}` and `/v0/websets/a%2Fb/enrichments/en_1`,
    /// `["webset": "a/b", "id": "en_1"]`.
    func parameters(inSentPath sentPath: String) -> [String: String]? {
        let templateSegments = path.split(separator: "/", omittingEmptySubsequences: false)
        let sentSegments = sentPath.split(separator: "/", omittingEmptySubsequences: false)
        guard templateSegments.count == sentSegments.count else { return nil }
        var values: [String: String] = [:]
        for (template, sent) in zip(templateSegments, sentSegments) {
            if template.hasPrefix("{"), template.hasSuffix("}") {
                guard let value = sent.removingPercentEncoding else { return nil }
                values[String(template.dropFirst().dropLast())] = value
            } else if template != sent {
                return nil
            }
        }
        return values
    }
}
