import ArgumentParser

@main
struct Specgen: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "specgen",
        abstract: "Generates a Swift client (Codable types and typed endpoint methods) from OpenAPI documents and docs pages.",
        subcommands: [Generate.self, Bundle.self, Index.self, TemplatesCommand.self],
        defaultSubcommand: Generate.self)
}
