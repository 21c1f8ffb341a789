import Foundation
import GRDB

/// Moves a damaged or foreign database aside and starts a fresh one in its place; from a damaged
/// file (not a foreign one) every readable row is copied over first, so little history is lost.
enum DamageRecovery {
    /// The fresh, migrated database and the message for the student naming both paths.
    static func replace(path: String, because error: StoreError, now: Date) throws -> (DatabaseQueue, String) {
        let aside = path + ".damaged-\(Int(now.timeIntervalSince1970))"
        do {
            for suffix in ["", "-wal", "-shm", "-journal"] where FileManager.default.fileExists(atPath: path + suffix) {
                try FileManager.default.moveItem(atPath: path + suffix, toPath: aside + suffix)
            }
        } catch {
            throw StoreError("\(path) is damaged or not a dlstudy database (\(error)), and moving it to \(aside) failed: \(error.localizedDescription)")
        }
        let fresh = try DatabaseFile.open(path: path)
        if error.isForeign {
            return (fresh, "\(path) was not a dlstudy database (\(error.reason)); moved it to \(aside) and started a new one")
        }
        let salvage = Salvage.read(path: aside, schema: try schema(of: fresh))
        try salvage.restore(into: fresh)
        let counts = (salvage.count("answers"), salvage.count("review_state"), salvage.count("lesson_progress"))
        let start = "\(path) was damaged (\(error.reason)); moved it to \(aside) and started a new one"
        if counts == (0, 0, 0) { return (fresh, start + "; nothing in it could be read") }
        return (fresh, start + " with the \(counts.0) answers, \(counts.1) review states and \(counts.2) lesson positions that could still be read")
    }

    /// Table name → column names of the fresh database (the migrations' own table excluded).
    static func schema(of queue: DatabaseQueue) throws -> [String: [String]] {
        try queue.read { db in
            let tables = try String.fetchAll(db, sql: """
                SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name != 'grdb_migrations'
                """)
            var schema: [String: [String]] = [:]
            for table in tables {
                schema[table] = try Row.fetchAll(db, sql: "PRAGMA table_info(\(Salvage.quote(table)))").map { $0["name"] as String }
            }
            return schema
        }
    }
}
