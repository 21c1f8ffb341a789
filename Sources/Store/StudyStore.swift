import DLContent
import Foundation
import GRDB

/// The study database (`dlstudy.sqlite` in the data folder): answers, review state per item and
/// lesson progress. Every write is one transaction, committed before the call returns.
public final class StudyStore: Sendable {
    /// The file name inside the data folder.
    public static let fileName = "dlstudy.sqlite"

    /// Reads and writes; moves the file aside and continues fresh when SQLite finds it damaged.
    let queue: GuardedQueue
    /// The database file.
    public let path: String

    /// Opens (creating if needed) the database at `path`, checks every page and migrates it; throws
    /// for a file that is not a dlstudy database or is damaged (see `StoreOpener` for moving it aside).
    public convenience init(path: String) throws {
        try self.init(path: path, queue: DatabaseFile.open(path: path))
    }

    init(path: String, queue: DatabaseQueue) {
        self.queue = GuardedQueue(path: path, queue: queue)
        self.path = path
    }

    /// Where to say that the file was found damaged while in use (moved aside, continued fresh).
    public func reportDamage(to report: @escaping @Sendable (String) -> Void) {
        queue.setReporter(report)
    }

    /// `PRAGMA integrity_check`: "ok" for a sound file.
    public func integrityCheck() throws -> String {
        try queue.read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check").joined(separator: "; ") }
    }

    /// The applied migration identifiers, oldest first.
    public func appliedMigrations() throws -> [String] {
        try queue.read { db in try StoreSchema.migrator.appliedMigrations(db) }
    }
}
