// The harness of Benchmarks/examples.sh: decodes each example into its generated type with a plain
// JSONDecoder, encodes it back with a plain JSONEncoder, and writes one JSON line per example.
//
//   Harness EXAMPLES.jsonl RESULTS.jsonl [FIRST]
//
// EXAMPLES.jsonl holds {"id", "type", "json"} lines (`type` is a number Table.swift maps to a Swift
// type); the examples before id FIRST are skipped. Each result line is written as soon as it is
// known, so that after a crash the driver knows where to start again.
import Foundation

struct Outcome: Encodable {
    var id = 0
    var json: String?
    var error: String?
    /// Where it failed: `decode` or `encode`.
    var stage: String?

    init(json: String) {
        self.json = json
    }

    init(error: String, stage: String) {
        self.error = error
        self.stage = stage
    }
}

struct Example: Decodable {
    var id: Int
    var type: Int
    var json: String
}

func roundTrip<T: Codable>(_ type: T.Type, _ data: Foundation.Data) -> Outcome {
    let value: T
    do {
        value = try Foundation.JSONDecoder().decode(T.self, from: data)
    } catch {
        return Outcome(error: describe(error), stage: "decode")
    }
    do {
        let encoded = try Foundation.JSONEncoder().encode(value)
        return Outcome(json: String(decoding: encoded, as: UTF8.self))
    } catch {
        return Outcome(error: describe(error), stage: "encode")
    }
}

func describe(_ error: any Swift.Error) -> String {
    func path(_ context: Swift.DecodingError.Context) -> String {
        let text = context.codingPath.map { key in key.intValue.map { "[\($0)]" } ?? "." + key.stringValue }.joined()
        return text.isEmpty ? "." : text
    }
    switch error {
    case Swift.DecodingError.typeMismatch(let type, let context):
        return "type mismatch at \(path(context)): expected \(type): \(context.debugDescription)"
    case Swift.DecodingError.valueNotFound(let type, let context):
        return "value missing at \(path(context)): expected \(type): \(context.debugDescription)"
    case Swift.DecodingError.keyNotFound(let key, let context):
        return "key '\(key.stringValue)' not found at \(path(context))"
    case Swift.DecodingError.dataCorrupted(let context):
        return "data corrupted at \(path(context)): \(context.debugDescription)"
    case Swift.EncodingError.invalidValue(let value, let context):
        let text = context.codingPath.map { key in key.intValue.map { "[\($0)]" } ?? "." + key.stringValue }.joined()
        return "invalid value at \(text.isEmpty ? "." : text): \(value): \(context.debugDescription)"
    default:
        return String(describing: error)
    }
}

let arguments = CommandLine.arguments
guard arguments.count >= 3, let input = FileManager.default.contents(atPath: arguments[1]),
    let output = FileHandle(forWritingAtPath: arguments[2])
else {
    FileHandle.standardError.write(Foundation.Data("usage: Harness EXAMPLES.jsonl RESULTS.jsonl [FIRST]\n".utf8))
    exit(2)
}
let first = arguments.count > 3 ? Int(arguments[3]) ?? 0 : 0
output.seekToEndOfFile()
let lineEncoder = Foundation.JSONEncoder()
let lineDecoder = Foundation.JSONDecoder()
for line in input.split(separator: UInt8(ascii: "\n")) where !line.isEmpty {
    let example = try lineDecoder.decode(Example.self, from: Foundation.Data(line))
    guard example.id >= first else { continue }
    var outcome = roundTrip(type: example.type, Foundation.Data(example.json.utf8))
    outcome.id = example.id
    output.write(try lineEncoder.encode(outcome) + Foundation.Data("\n".utf8))
}
