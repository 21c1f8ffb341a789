import DLContent
import Foundation
import GRDB

/// The study database (`dlstudy.sqlite` in the data folder): answers, review state per item and
/// lesson progress. Every write is one transaction, committed before the call returns.
public final class StudyStore: Sendable {
    /// The file name inside the data folder.
    public static let fileName = "dlstudy.sqlite"

    let queue: DatabaseQueue
    /// The database file.
    public let path: String

    /// Opens (creating if needed) the database at `path` and migrates it; throws for a file that is
    /// not a dlstudy database or is damaged (see `StoreOpener` for moving it aside).
    public init(path: String) throws {
        var config = Configuration()
        config.busyMode = .timeout(5)
        config.prepareDatabase { db in try db.execute(sql: "PRAGMA synchronous = FULL") }
        do {
            queue = try DatabaseQueue(path: path, configuration: config)
            try queue.read { db in
                _ = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master")
            }
            try Self.checkOwner(queue)
            try StoreSchema.migrator.migrate(queue)
        } catch let error as StoreError {
            throw error
        } catch let error as DatabaseError where error.resultCode == .SQLITE_NOTADB || error.resultCode == .SQLITE_CORRUPT {
            throw StoreError("\(path) is not a readable dlstudy database: \(error)", damagedOrForeign: true)
        } catch {
            throw StoreError("\(path) cannot be opened just now: \(error)")
        }
        self.path = path
    }

    /// A database with tables but another application id belongs to something else.
    static func checkOwner(_ queue: DatabaseQueue) throws {
        try queue.read { db in
            let id = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
            let tables = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name != 'grdb_migrations'") ?? 0
            if id != StoreSchema.applicationID && (id != 0 || tables > 0) {
                throw StoreError("\(db.description) is an SQLite database of another program", damagedOrForeign: true)
            }
        }
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
