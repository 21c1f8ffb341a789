import Foundation
import GRDB

/// What could still be read from a damaged database: rows of each table, read by rowid range and,
/// where a range fails, one row at a time, so one bad page loses only the rows stored on it.
struct Salvage {
    /// Readable rows per table name (values in the fresh schema's column order).
    var rows: [String: [[DatabaseValue]]] = [:]
    /// Column names per table, as in the fresh schema.
    var columns: [String: [String]] = [:]

    /// Rowids read per query while no error is met.
    static let chunk: Int64 = 512
    /// Highest rowid probed; a damaged header claiming more is not followed further.
    static let maxRowID: Int64 = 10_000_000
    /// Rows looked up one by one at most (a damaged root page makes every range fail).
    static let maxSingleProbes = 200_000

    /// Reads every table of `schema` (name → columns) that the damaged file at `path` still has.
    static func read(path: String, schema: [String: [String]]) -> Salvage {
        var salvage = Salvage()
        var config = Configuration()
        config.readonly = true
        guard let old = try? DatabaseQueue(path: path, configuration: config) else { return salvage }
        defer { try? old.close() }
        for (table, wanted) in schema.sorted(by: { $0.key < $1.key }) {
            let present = (try? old.read { db in try Row.fetchAll(db, sql: "PRAGMA table_info(\(quote(table)))").map { $0["name"] as String } }) ?? []
            let columns = wanted.filter(present.contains)
            guard !columns.isEmpty else { continue }
            salvage.columns[table] = columns
            salvage.rows[table] = readRows(old, table: table, columns: columns)
        }
        return salvage
    }

    /// Number of rows read from `table`.
    func count(_ table: String) -> Int { rows[table]?.count ?? 0 }

    /// Writes the salvaged rows into the fresh database (rows the schema rejects are skipped).
    func restore(into queue: DatabaseQueue) throws {
        try queue.write { db in
            for (table, columns) in columns.sorted(by: { $0.key < $1.key }) {
                let names = columns.map(Self.quote).joined(separator: ", ")
                let marks = Array(repeating: "?", count: columns.count).joined(separator: ", ")
                let statement = try db.makeStatement(sql: "INSERT OR IGNORE INTO \(Self.quote(table)) (\(names)) VALUES (\(marks))")
                for row in rows[table] ?? [] {
                    do { try statement.execute(arguments: StatementArguments(row)) } catch let error as DatabaseError where error.resultCode == .SQLITE_CONSTRAINT || error.resultCode == .SQLITE_MISMATCH {
                        continue // a garbled row (NULL in a NOT NULL column, text in an id): not history worth keeping
                    }
                }
            }
        }
    }

    static func readRows(_ old: DatabaseQueue, table: String, columns: [String]) -> [[DatabaseValue]] {
        let list = columns.map(quote).joined(separator: ", ")
        let rangeSQL = "SELECT \(list) FROM \(quote(table)) WHERE rowid BETWEEN ? AND ? ORDER BY rowid"
        let oneSQL = "SELECT \(list) FROM \(quote(table)) WHERE rowid = ?"
        func values(_ rows: [Row]) -> [[DatabaseValue]] { rows.map { row in columns.indices.map { row[$0] as DatabaseValue } } }
        // The highest rowid: from the table's rightmost page, or failing that from sqlite_sequence.
        let top = (try? old.read { db in try Int64.fetchOne(db, sql: "SELECT max(rowid) FROM \(quote(table))") } ?? 0)
            ?? (try? old.read { db in try Int64.fetchOne(db, sql: "SELECT seq FROM sqlite_sequence WHERE name = ?", arguments: [table]) } ?? 0)
            ?? maxRowID
        let last = min(max(top, 0), maxRowID)
        var result: [[DatabaseValue]] = []
        var start: Int64 = 1
        var singleProbes = 0
        while start <= last, singleProbes < maxSingleProbes {
            let end = min(start + chunk - 1, last)
            if let rows = try? old.read({ db in try Row.fetchAll(db, sql: rangeSQL, arguments: [start, end]) }) {
                result += values(rows)
            } else {
                for id in start...end where singleProbes < maxSingleProbes {
                    singleProbes += 1
                    if let row = try? old.read({ db in try Row.fetchOne(db, sql: oneSQL, arguments: [id]) }) {
                        result += values([row])
                    }
                }
            }
            start = end + 1
        }
        return result
    }

    static func quote(_ name: String) -> String { "\"" + name.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
}
