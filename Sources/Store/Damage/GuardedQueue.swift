import Foundation
import GRDB

/// The study database connection. When SQLite reports the file damaged ("corrupt", "not a
/// database") during any read or write, it salvages what it can, moves the file aside, continues on
/// a fresh database, tells the reporter (both paths named) and runs the read or write again.
final class GuardedQueue: @unchecked Sendable {
    let path: String
    private let lock = NSLock()
    private var current: DatabaseQueue
    private var reporter: @Sendable (String) -> Void = { _ in }

    init(path: String, queue: DatabaseQueue) {
        self.path = path
        self.current = queue
    }

    /// Where messages about a moved-aside file go while the store is in use.
    func setReporter(_ report: @escaping @Sendable (String) -> Void) {
        lock.withLock { reporter = report }
    }

    /// A read transaction.
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        try guarded { try $0.read(body) }
    }

    /// A write transaction, committed before it returns.
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        try guarded { try $0.write(body) }
    }

    private func guarded<T>(_ operation: (DatabaseQueue) throws -> T) throws -> T {
        let queue = lock.withLock { current }
        do {
            return try operation(queue)
        } catch let error as DatabaseError where error.isDamage {
            let fresh = try recover(from: queue, error: error)
            return try operation(fresh)
        }
    }

    private func recover(from damaged: DatabaseQueue, error: DatabaseError) throws -> DatabaseQueue {
        let (fresh, message, report): (DatabaseQueue, String?, @Sendable (String) -> Void) = try lock.withLock {
            // Another thread may have recovered already.
            guard current === damaged else { return (current, nil, reporter) }
            let openLock = try OpenLock(path: path + ".lock")
            defer { openLock.release() }
            try? damaged.close()
            let (queue, message) = try DamageRecovery.replace(path: path, because: StoreError(path: path, damaged: error.message ?? "\(error)"), now: Date())
            current = queue
            return (queue, message, reporter)
        }
        if let message { report(message) }
        return fresh
    }
}
