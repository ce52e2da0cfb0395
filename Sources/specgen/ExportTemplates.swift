import ArgumentParser
import SpecgenCore

/// `specgen templates export DIR`: writes the built-in templates to edit.
struct ExportTemplates: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the built-in templates into a folder, to edit and use with --templates.")

    @Argument(help: ArgumentHelp("The folder to write the templates to (created when missing).", valueName: "folder"))
    var folder: String

    @Flag(help: "Replace templates in the folder that differ from the built-in ones.")
    var force = false

    func run() throws {
        do {
            for path in try TemplateFolder(path: folder).exportDefaults(replacing: force) { print(path) }
        } catch {
            printError("specgen: error: \(error.message)")
            throw ExitCode.failure
        }
    }
}
