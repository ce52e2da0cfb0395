/// The templates specgen renders unless `--templates` names a folder of the user's own.
///
/// The `.mustache` files beside this one are embedded into the tool at build time, so the binary
/// needs no resource bundle next to it.
public enum DefaultTemplates {
    /// Template text by name (the file name without `.mustache`).
    public static let all: [String: String] = [
        "Types": String(decoding: PackageResources.Types_mustache, as: UTF8.self),
        "Type": String(decoding: PackageResources.Type_mustache, as: UTF8.self),
        "Client": String(decoding: PackageResources.Client_mustache, as: UTF8.self),
        "Support": String(decoding: PackageResources.Support_mustache, as: UTF8.self),
        "Server": String(decoding: PackageResources.Server_mustache, as: UTF8.self),
        "ServerSupport": String(decoding: PackageResources.ServerSupport_mustache, as: UTF8.self),
        "Examples": String(decoding: PackageResources.Examples_mustache, as: UTF8.self),
    ]
}
