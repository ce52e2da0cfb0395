import Dispatch

/// Runs independent pieces of work on every core (rendering declarations is most of the time on a
/// big spec, and each declaration renders on its own).
enum Parallel {
    /// `(0..<count).map(transform)`, computed concurrently, in order.
    static func map<T: Sendable>(_ count: Int, _ transform: @Sendable (Int) -> T) -> [T] {
        guard count > 1 else { return (0..<count).map(transform) }
        let results = Results<T>(count: count)
        let chunks = min(count, 64)
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            var index = chunk
            while index < count {
                results.store(transform(index), at: index)
                index += chunks
            }
        }
        return results.values
    }

    /// Slots each written by exactly one iteration, so no two threads touch the same one.
    private final class Results<T>: @unchecked Sendable {
        private var slots: [T?]

        init(count: Int) {
            slots = Array(repeating: nil, count: count)
        }

        func store(_ value: T, at index: Int) {
            slots.withUnsafeMutableBufferPointer { $0[index] = value }
        }

        var values: [T] { slots.map { $0! } }
    }
}

/// A value computed on another thread while the caller goes on; ``value`` waits for it.
final class Background<T: Sendable>: @unchecked Sendable {
    private var result: T?
    private let done = DispatchGroup()

    init(_ work: @escaping @Sendable () -> T) {
        DispatchQueue.global().async(group: done) { self.result = work() }
    }

    /// The result; the group's wait orders the worker's write before this read.
    var value: T {
        done.wait()
        return result!
    }
}
