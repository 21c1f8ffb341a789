import DLContent
import GRDB

extension StudyStore {
    /// Keeps the question `spec` as last asked (inside the answer's transaction).
    static func saveDrill(_ db: Database, _ spec: DrillSpec) throws {
        try db.execute(sql: """
            INSERT OR REPLACE INTO drills (item_id, kind, difficulty, seed, position, variant, parameters)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """, arguments: [spec.itemID, spec.kind.rawValue, spec.difficulty.rawValue, String(spec.seed),
                             spec.index, spec.variant, spec.parameters.text])
    }

    /// Every stored drill by item id. A row this version cannot read (an unknown generator, say,
    /// from a newer dlstudy) is reported, never dropped silently.
    static func drills(_ db: Database) throws -> [String: DrillSpec] {
        var out: [String: DrillSpec] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT * FROM drills") {
            let id: String = row["item_id"]
            let seedText: String = row["seed"]
            let parameterText: String = row["parameters"]
            guard let kind = DrillKind(rawValue: row["kind"]), let difficulty = DrillDifficulty(rawValue: row["difficulty"]),
                  let seed = UInt64(seedText), let parameters = DrillParameters(text: parameterText) else {
                throw StoreError("the drill \(id) in the database cannot be read by this version of dlstudy")
            }
            out[id] = DrillSpec(kind: kind, difficulty: difficulty, seed: seed, index: row["position"],
                                variant: row["variant"], parameters: parameters)
        }
        return out
    }
}
