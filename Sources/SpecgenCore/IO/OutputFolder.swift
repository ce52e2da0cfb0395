import Foundation

/// Writes generated files safely: only files whose bytes change, each atomically, never a file
/// specgen did not write, and its own stale files removed (it keeps a manifest of what it wrote).
public struct OutputFolder: Sendable {
    public static let manifestName = ".specgen-manifest"

    public let url: URL

    public init(path: String) {
        url = URL(fileURLWithPath: path).standardizedFileURL
    }

    public struct Failure: Error, Sendable {
        public var message: String
    }

    /// What a write would change.
    public struct Plan: Sendable, Equatable {
        /// Files to create or replace.
        public var changed: [String]
        /// Files specgen wrote before and no longer writes.
        public var stale: [String]

        public var isEmpty: Bool { changed.isEmpty && stale.isEmpty }
    }

    /// Compares `files` with what the folder holds, refusing to touch files specgen did not write.
    public func plan(_ files: [OutputFile]) throws(Failure) -> Plan {
        let previous = Set(manifest())
        var changed: [String] = []
        for file in files {
            let existing = FileManager.default.contents(atPath: url.appendingPathComponent(file.name).path)
            guard existing != Data(file.contents.utf8) else { continue }
            if existing != nil, !previous.contains(file.name) {
                throw Failure(message: "refusing to overwrite \(url.appendingPathComponent(file.name).path): specgen did not write it (it is not in \(Self.manifestName))")
            }
            changed.append(file.name)
        }
        let names = Set(files.map(\.name))
        let stale = previous.subtracting(names).filter {
            FileManager.default.fileExists(atPath: url.appendingPathComponent($0).path)
        }.sorted()
        return Plan(changed: changed, stale: stale)
    }

    /// Writes what ``plan(_:)`` found changed, and the manifest when it changes.
    public func write(_ files: [OutputFile]) throws(Failure) -> Plan {
        let plan = try plan(files)
        do {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            for file in files where plan.changed.contains(file.name) {
                try Self.replace(url.appendingPathComponent(file.name), with: Data(file.contents.utf8))
            }
            for name in plan.stale {
                try FileManager.default.removeItem(at: url.appendingPathComponent(name))
            }
            let manifest = files.map(\.name).sorted().joined(separator: "\n") + "\n"
            let manifestURL = url.appendingPathComponent(Self.manifestName)
            if FileManager.default.contents(atPath: manifestURL.path) != Data(manifest.utf8) {
                try Self.replace(manifestURL, with: Data(manifest.utf8))
            }
        } catch {
            throw Failure(message: "cannot write to \(url.path): \(error.localizedDescription)")
        }
        return plan
    }

    /// Writes `data` beside `file` and renames it into place, so a reader sees the old file or the
    /// new one, never part of one. No fsync: the files are regenerated at will, and syncing each
    /// one cost more than writing it.
    private static func replace(_ file: URL, with data: Data) throws {
        let temporary = file.deletingLastPathComponent().appendingPathComponent(".\(file.lastPathComponent).specgen-new")
        try data.write(to: temporary)
        guard rename(temporary.path, file.path) == 0 else {
            let error = CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: file.path])
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }

    private func manifest() -> [String] {
        guard let data = FileManager.default.contents(atPath: url.appendingPathComponent(Self.manifestName).path) else { return [] }
        return String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init).filter {
            !$0.contains("/") && !$0.hasPrefix(".")
        }
    }
}
