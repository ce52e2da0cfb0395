/// The names the output declares or uses besides the API's own, which the API's names must not
/// take: the Emit stage reads them from the templates in use, the Resolve stage claims around them.
public struct ReservedNames: Sendable, Equatable {
    /// Top-level types the output declares or refers to.
    public var typeNames: Set<String>
    /// Members of the client besides its operations.
    public var clientMembers: Set<String>
    /// Members of the credentials besides one per security scheme.
    public var credentialsMembers: Set<String>

    public init(typeNames: Set<String> = [], clientMembers: Set<String> = [], credentialsMembers: Set<String> = []) {
        self.typeNames = typeNames
        self.clientMembers = clientMembers
        self.credentialsMembers = credentialsMembers
    }
}
