import Foundation

/// A thread-safe memo of a pure computation keyed by text: calc expressions, built-in network
/// analyses and rendered page text are pure functions of their text, so each distinct one is
/// computed once per process (`dlstudy check` evaluates each distinct expression once; a lesson page
/// redrawn on every key is not rendered or analysed again). It forgets everything past `limit`
/// entries, so it stays small however many sizes and texts pass through it.
public final class TextKeyedMemo<Value: Sendable>: @unchecked Sendable {
    private var values: [String: Value] = [:]
    private let lock = NSLock()
    private let limit: Int

    public init(limit: Int = 1_024) { self.limit = limit }

    /// The memoised value for `key`, computing it (outside the lock) the first time.
    public func value(_ key: String, compute: () -> Value) -> Value {
        lock.lock()
        let known = values[key]
        lock.unlock()
        if let known { return known }
        let computed = compute()
        lock.lock()
        if values.count >= limit { values.removeAll() }
        values[key] = computed
        lock.unlock()
        return computed
    }
}
