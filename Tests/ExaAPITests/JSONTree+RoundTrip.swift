import Foundation
import TestSupport

extension JSONTree {
    /// Decodes `data` as `type` with a plain `JSONDecoder()` and returns the value with what a
    /// plain `JSONEncoder()` writes for it.
    static func roundTrip<Value: Codable>(_ data: Data, as type: Value.Type) throws -> (value: Value, json: JSONTree) {
        let value = try JSONDecoder().decode(Value.self, from: data)
        return (value, try JSONTree(encoding: value))
    }

    /// This JSON decoded as `type` and encoded again, each with plain coders.
    func roundTrip<Value: Codable>(as type: Value.Type) throws -> (value: Value, json: JSONTree) {
        try Self.roundTrip(data, as: type)
    }

    /// `data` decoded as `type`, known only at run time, and encoded again.
    static func reencode(_ data: Data, as type: any Codable.Type) throws -> JSONTree {
        try reencodeOpened(data, as: type)
    }

    private static func reencodeOpened<Value: Codable>(_ data: Data, as type: Value.Type) throws -> JSONTree {
        try roundTrip(data, as: type).json
    }
}
