import Foundation

// Decodes the same objects into a struct that drops the keys its schema does not list (Closed)
// and one that keeps them (Open, `additionalProperties: true`), and prints the time each takes.
let listed = (0..<12).map { "\"field\($0)\": \"value \($0)\"" }
let extra = [#""note": "text""#, #""count": 12"#, #""flag": true"#, #""meta": {"n": 1, "tags": ["a", "b"]}"#]
let object = "{" + (listed + extra).joined(separator: ", ") + "}"
let count = Int(CommandLine.arguments.dropFirst().first ?? "") ?? 20_000
let data = Data(("[" + Array(repeating: object, count: count).joined(separator: ",") + "]").utf8)

func seconds<T: Decodable>(_ type: T.Type, runs: Int = 5) throws -> Double {
    var best = Double.infinity
    for _ in 0..<runs {
        let start = Date()
        _ = try JSONDecoder().decode([T].self, from: data)
        best = min(best, Date().timeIntervalSince(start))
    }
    return best
}

let closed = try seconds(Closed.self)
let open = try seconds(Open.self)
print("objects: \(count), listed keys: 12 (strings), other keys: 4 (a string, a number, a Boolean, an object)")
print(String(format: "drop other keys (no additionalProperties):   %.3f s", closed))
print(String(format: "keep other keys (additionalProperties: true): %.3f s (+%.0f%%)", open, (open / closed - 1) * 100))
