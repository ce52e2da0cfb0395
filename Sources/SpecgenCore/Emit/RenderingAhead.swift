import Dispatch
import Foundation

/// Top-level declarations rendered on a spare core while the Resolve stage converts the
/// operations: the component schemas are final once declared, and resolving is otherwise a
/// single-core stretch of a big spec's run. ``finish()`` stops the work and takes what is done,
/// in order; the Emit stage renders the rest.
public final class RenderingAhead: @unchecked Sendable {
    private let lock = NSLock()
    private var rendered: [String] = []
    private var isStopped = false
    private let done = DispatchGroup()

    /// Starts rendering the top-level declarations among those `declarations` returns (the
    /// component declarations, finished, as the Resolve stage hands them over).
    init(
        _ declarations: @escaping @Sendable () -> [TypeDecl], emitter: Emitter,
        templates: @escaping @Sendable () -> Emitter.Templates?
    ) {
        DispatchQueue.global().async(group: done) {
            guard let templates = templates() else { return }
            let types = declarations()
            let model = APIModel(title: nil, server: nil, types: types, endpoints: [], securitySchemes: [])
            let builder = DeclarationBuilder(model: model, access: emitter.options.access.rawValue)
            for index in types.indices where types[index].parent == nil {
                let text = emitter.render(templates.library, builder, TypeID(index))
                guard self.append(text) else { return }
            }
        }
    }

    /// Keeps `text` unless the work was stopped; false once it was.
    private func append(_ text: String) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        guard !isStopped else { return false }
        rendered.append(text)
        return true
    }

    /// Stops the work and returns the declarations rendered so far: the first top-level
    /// declarations of the model, in order.
    func finish() -> [String] {
        lock.lock()
        isStopped = true
        lock.unlock()
        done.wait()
        return rendered
    }
}
