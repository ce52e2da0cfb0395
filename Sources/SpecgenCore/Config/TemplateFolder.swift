import Foundation
import SpecgenTemplates

/// A folder of one's own templates, the last step of the ladder from options to custom output:
/// `specgen templates export DIR` writes the built-in ones, and `--templates DIR` renders with
/// whichever of them the folder holds (the others stay built in).
public struct TemplateFolder: Sendable {
    public static let fileExtension = "mustache"

    public let url: URL
    /// How diagnostics name the folder: as the user wrote it.
    private let shownPath: String

    public struct Failure: Error, Sendable {
        public var message: String
    }

    public init(path: String) {
        url = URL(fileURLWithPath: path).standardizedFileURL
        shownPath = path
    }

    /// The templates of the folder by name, each checked against the context it renders. Problems
    /// (a file that is no template specgen renders, a syntax error, an unknown name) are reported
    /// at their line and column, and the result is nil when there are any.
    public func templates(sources: inout SourceFiles, diagnostics: inout Diagnostics) throws(Failure) -> [String: String]? {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: url.path)
                .filter { $0.hasSuffix("." + Self.fileExtension) && !$0.hasPrefix(".") }.sorted()
        } catch {
            throw Failure(message: "cannot read the templates folder \(shownPath): \(error.localizedDescription)")
        }
        var templates: [String: String] = [:]
        for fileName in names {
            let name = String(fileName.dropLast(Self.fileExtension.count + 1))
            let path = (shownPath as NSString).appendingPathComponent(fileName)
            guard let data = FileManager.default.contents(atPath: url.appendingPathComponent(fileName).path) else {
                throw Failure(message: "cannot read \(path)")
            }
            let file = sources.add(path: path, bytes: [UInt8](data))
            let text = String(decoding: data, as: UTF8.self)
            for issue in TemplateValidator.issues(in: text, named: name) {
                let line = Int32(clamping: issue.line), column = Int32(clamping: issue.column)
                diagnostics.error(issue.message, at: Mark(file: file, line: line, column: column))
            }
            templates[name] = text
        }
        return diagnostics.hasErrors ? nil : templates
    }

    /// Writes the built-in templates into the folder, creating it, and returns the paths written.
    /// A file that exists with other contents is replaced only when `replacing` is true, so an
    /// edited template is never lost by running the command twice.
    public func exportDefaults(replacing: Bool) throws(Failure) -> [String] {
        let files = DefaultTemplates.all.sorted { $0.key < $1.key }.map {
            (url.appendingPathComponent("\($0.key).\(Self.fileExtension)"), Data($0.value.utf8))
        }
        let edited = files.filter { file, data in
            FileManager.default.contents(atPath: file.path).map { $0 != data } ?? false
        }
        if !replacing, !edited.isEmpty {
            let list = edited.map { ($0.0.lastPathComponent) }.joined(separator: ", ")
            throw Failure(message: "\(shownPath) already holds other versions of \(list): pass --force to replace them")
        }
        do {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            for (file, data) in files where FileManager.default.contents(atPath: file.path) != data {
                try data.write(to: file, options: .atomic)
            }
        } catch {
            throw Failure(message: "cannot write to \(shownPath): \(error.localizedDescription)")
        }
        return files.map { (shownPath as NSString).appendingPathComponent($0.0.lastPathComponent) }
    }
}
