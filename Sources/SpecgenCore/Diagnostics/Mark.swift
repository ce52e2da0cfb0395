/// A position in one of the input files: 1-based line and column, columns counted in Unicode scalars.
public struct Mark: Hashable, Sendable, Codable, Comparable {
    /// The index of the file in the run's ``SourceFiles``.
    public var file: Int32
    public var line: Int32
    public var column: Int32

    public init(file: Int32, line: Int32, column: Int32) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// A mark for things that have no place in any file (a missing folder, an empty input).
    public static let unknown = Mark(file: -1, line: 0, column: 0)

    public var isKnown: Bool { file >= 0 }

    public static func < (lhs: Mark, rhs: Mark) -> Bool {
        (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }
}
