import Foundation

/// Public entry point over the internal generated types.
public enum Admin {
    /// The name of the pet in `json`, decoded with the generated `Pet`.
    public static func petName(in json: Data) throws -> String {
        try JSONDecoder().decode(Pet.self, from: json).name
    }
}
