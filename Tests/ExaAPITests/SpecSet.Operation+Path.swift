import Foundation
import SpecgenCore

extension SpecSet.Operation {
    /// The path with each `{name}` replaced by `values[name]`, as the client should send it when
    /// the values need no escaping.
    func path(filling values: [String: String]) -> String {
        values.reduce(path) { path, entry in path.replacingOccurrences(of: "{\(entry.key)}", with: entry.value) }
    }
}
