/// A part of the output `--generate` (or `generate:` in `specgen.yaml`) names.
public enum GeneratedPart: String, Sendable, CaseIterable {
    /// The declarations of the schemas (`Types*.swift`).
    case types
    /// The client and the support code types and client share (`Client.swift`, `Support.swift`).
    case client
    /// The handler protocol and router (`Server.swift`, `ServerSupport.swift`).
    case server
    /// The transport that answers with the documented examples (`Examples.swift`): on request, as
    /// a big API's examples would weigh on every build of its client.
    case examples

    /// What a run writes when nothing names the parts.
    public static let defaults: Set<GeneratedPart> = [.types, .client]

    /// The parts `names` lists (`types`, `client`, `server`, `examples`), or why they cannot be
    /// generated: an unknown name, or a list without the types and the client, which the others
    /// are built on.
    public static func parts(_ names: [String]) -> Result<Set<GeneratedPart>, PartsError> {
        var parts: Set<GeneratedPart> = []
        for name in names {
            guard let part = GeneratedPart(rawValue: name.trimmingCharacters(in: .whitespaces).lowercased()) else {
                return .failure(PartsError(message: "unknown part '\(name)' to generate (use \(allCases.map(\.rawValue).joined(separator: ", ")))"))
            }
            parts.insert(part)
        }
        guard parts.isSuperset(of: defaults) else {
            return .failure(PartsError(message: "generate lists types and client, and optionally server and examples: they share the client's types and support code"))
        }
        return .success(parts)
    }

    public struct PartsError: Error, Sendable {
        public var message: String
    }
}
