import Foundation

/// Prints diagnostics the way compilers do: `path:line:column: severity: message`, the source
/// line, and a caret under the column.
public struct DiagnosticRenderer: Sendable {
    public var files: SourceFiles

    public init(files: SourceFiles) {
        self.files = files
    }

    public func render(_ diagnostics: [Diagnostic]) -> String {
        var starts: [Int32: [Int]] = [:]
        return diagnostics.map { diagnostic in
            let file = diagnostic.mark.file
            if diagnostic.mark.isKnown, starts[file] == nil { starts[file] = files.lineStarts(file) }
            return render(diagnostic, lineStarts: starts[file])
        }.joined()
    }

    public func render(_ diagnostic: Diagnostic) -> String {
        render(diagnostic, lineStarts: nil)
    }

    private func render(_ diagnostic: Diagnostic, lineStarts: [Int]?) -> String {
        var text = "\(location(diagnostic.mark))\(diagnostic.severity.rawValue): \(diagnostic.message)\n"
        text += excerpt(at: diagnostic.mark, lineStarts: lineStarts)
        for note in diagnostic.notes {
            text += "\(location(note.mark))note: \(note.message)\n"
        }
        return text
    }

    /// The diagnostics as a JSON array, for editors and other tools.
    public func renderJSON(_ diagnostics: [Diagnostic]) -> String {
        struct Entry: Encodable {
            var file: String?
            var line: Int32?
            var column: Int32?
            var severity: String
            var message: String
            var notes: [Entry]
        }
        func entry(_ message: String, _ severity: String, _ mark: Mark, _ notes: [Entry]) -> Entry {
            Entry(
                file: mark.isKnown ? files.path(mark.file) : nil,
                line: mark.isKnown ? mark.line : nil,
                column: mark.isKnown ? mark.column : nil,
                severity: severity, message: message, notes: notes)
        }
        let entries = diagnostics.map { diagnostic in
            entry(
                diagnostic.message, diagnostic.severity.rawValue, diagnostic.mark,
                diagnostic.notes.map { entry($0.message, "note", $0.mark, []) })
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(entries)) ?? Data("[]".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    private func location(_ mark: Mark) -> String {
        guard mark.isKnown else { return "" }
        guard mark.line > 0 else { return "\(files.path(mark.file)): " }
        return "\(files.path(mark.file)):\(mark.line):\(mark.column): "
    }

    /// The source line with a caret under the column; a long line is cut to a window around it.
    private func excerpt(at mark: Mark, lineStarts: [Int]?) -> String {
        guard mark.isKnown,
            let line = files.lineText(file: mark.file, line: mark.line, starts: lineStarts ?? files.lineStarts(mark.file))
        else { return "" }
        var scalars = Array(line.unicodeScalars.map { $0 == "\t" || $0.value < 0x20 ? " " : $0 })
        var column = max(0, Int(mark.column) - 1)
        let window = 100
        if scalars.count > window {
            let start = max(0, min(column - window / 2, scalars.count - window))
            let end = min(scalars.count, start + window)
            scalars = (start > 0 ? Array("...".unicodeScalars) : []) + scalars[start..<end] + (end < scalars.count ? Array("...".unicodeScalars) : [])
            column = column - start + (start > 0 ? 3 : 0)
        }
        var shown = String.UnicodeScalarView()
        shown.append(contentsOf: scalars)
        return "    \(String(shown))\n    \(String(repeating: " ", count: column))^\n"
    }
}
