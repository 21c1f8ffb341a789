import Foundation
import GRDB

/// Opens the study database file and proves it sound before anyone uses it: the SQLite header is
/// there, the file belongs to dlstudy, the integrity check passes and the schema is migrated.
enum DatabaseFile {
    /// The 16 bytes every SQLite 3 database starts with.
    static let header = Data("SQLite format 3\u{0}".utf8)
    /// Length of the SQLite file header; a shorter non-empty file cannot be a database.
    static let headerLength = 100

    /// Opens, checks and migrates `path`; throws a `StoreError` (damaged/foreign or passing).
    static func open(path: String) throws -> DatabaseQueue {
        try checkHeader(path: path)
        var config = Configuration()
        config.busyMode = .timeout(5)
        config.prepareDatabase { db in try db.execute(sql: "PRAGMA synchronous = FULL") }
        do {
            let queue = try DatabaseQueue(path: path, configuration: config)
            try queue.read { db in
                _ = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master")
            }
            try checkOwner(queue, path: path)
            try checkPages(queue, path: path)
            try StoreSchema.migrator.migrate(queue)
            return queue
        } catch let error as StoreError {
            throw error
        } catch let error as DatabaseError where error.isDamage {
            throw StoreError(path: path, damaged: error.message ?? "\(error)")
        } catch {
            throw StoreError("\(path) cannot be opened just now: \(error)")
        }
    }

    /// A non-empty file shorter than the SQLite header, or one that does not start with it, is damaged
    /// (SQLite itself would silently treat a 1-byte file as a new empty database).
    static func checkHeader(path: String) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else { return }
        defer { try? handle.close() }
        let start: Data
        do { start = try handle.read(upToCount: headerLength) ?? Data() } catch {
            throw StoreError("cannot read \(path): \(error.localizedDescription)")
        }
        if start.isEmpty { return }
        if start.count < headerLength {
            throw StoreError(path: path, damaged: "only \(start.count) bytes long, shorter than an SQLite header (\(headerLength) bytes)")
        }
        if start.prefix(header.count) != header {
            throw StoreError(path: path, damaged: "it does not start with the SQLite header")
        }
    }

    /// A database with tables but another application id belongs to something else.
    static func checkOwner(_ queue: DatabaseQueue, path: String) throws {
        try queue.read { db in
            let id = try Int32.fetchOne(db, sql: "PRAGMA application_id") ?? 0
            let tables = try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name != 'grdb_migrations'") ?? 0
            if id != StoreSchema.applicationID && (id != 0 || tables > 0) {
                throw StoreError(path: path, foreign: "an SQLite database of another program (application id \(id))")
            }
        }
    }

    /// Files up to this size get the full `integrity_check`; larger ones `quick_check`.
    static let fullCheckLimit: UInt64 = 32 << 20

    /// Every page of every table and index is read before a quiz is taken whose answers could not
    /// be saved: `PRAGMA integrity_check` (which also compares each index with its table, so a
    /// wrong index is found) for files up to 32 MB — measured 0–10 ms for 10,000 answers and about
    /// 0.2 s for 100,000 (6 MB) — and `quick_check` (pages only, about half that) beyond.
    static func checkPages(_ queue: DatabaseQueue, path: String) throws {
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? UInt64) ?? 0
        let pragma = size <= fullCheckLimit ? "integrity_check(5)" : "quick_check(5)"
        let problems = try queue.read { db in try String.fetchAll(db, sql: "PRAGMA \(pragma)") }
        if problems != ["ok"] {
            throw StoreError(path: path, damaged: problems.joined(separator: "; "))
        }
    }
}

extension DatabaseError {
    /// SQLite says the file is damaged ("database disk image is malformed") or not a database.
    var isDamage: Bool { resultCode == .SQLITE_CORRUPT || resultCode == .SQLITE_NOTADB }
}
