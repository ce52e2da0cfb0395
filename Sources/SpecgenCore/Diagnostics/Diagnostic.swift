/// One problem found in the input: where it is, how bad it is, and what to do about it.
public struct Diagnostic: Hashable, Sendable, Codable {
    public enum Severity: String, Sendable, Codable, Comparable {
        case warning
        case error

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs == .warning && rhs == .error }
    }

    /// A secondary remark, with its own place when it has one (the other definition of a duplicate).
    public struct Note: Hashable, Sendable, Codable {
        public var message: String
        public var mark: Mark

        public init(_ message: String, at mark: Mark = .unknown) {
            self.message = message
            self.mark = mark
        }
    }

    public var severity: Severity
    public var message: String
    public var mark: Mark
    public var notes: [Note]

    public init(_ severity: Severity, _ message: String, at mark: Mark, notes: [Note] = []) {
        self.severity = severity
        self.message = message
        self.mark = mark
        self.notes = notes
    }
}

/// Collects the diagnostics of every stage, in the order they were found.
public struct Diagnostics: Sendable {
    public private(set) var all: [Diagnostic] = []

    public init() {}

    public var hasErrors: Bool { all.contains { $0.severity == .error } }

    public mutating func error(_ message: String, at mark: Mark, notes: [Diagnostic.Note] = []) {
        all.append(Diagnostic(.error, message, at: mark, notes: notes))
    }

    public mutating func warning(_ message: String, at mark: Mark, notes: [Diagnostic.Note] = []) {
        all.append(Diagnostic(.warning, message, at: mark, notes: notes))
    }

    public mutating func append(contentsOf other: Diagnostics) {
        all.append(contentsOf: other.all)
    }

    /// The diagnostics sorted by place, so output does not depend on the order stages ran in.
    public var sorted: [Diagnostic] {
        all.enumerated().sorted { lhs, rhs in
            if lhs.element.mark != rhs.element.mark { return lhs.element.mark < rhs.element.mark }
            return lhs.offset < rhs.offset
        }.map(\.element)
    }
}
