import ArgumentParser

/// `specgen templates …`: working with one's own templates.
struct TemplatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "templates",
        abstract: "Start your own templates from the built-in ones.",
        discussion: """
            Run `specgen templates export DIR`, edit the copies you want to change (delete the others), \
            then generate with `--templates DIR` or `templates: DIR` in specgen.yaml. A template that \
            names something its context does not have is an error at its line.
            """,
        subcommands: [ExportTemplates.self])
}
