import GRDB

extension StoreSchema {
    /// v2: the `drills` table, one row per generated question that was answered: its generator,
    /// difficulty, session seed (text, as it is a full 64-bit value), position, fresh-variant number
    /// and its numbers (`i=32 k=3 s=2`), so review rebuilds exactly the question that was asked.
    static func registerDrills(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v2-drills") { db in
            try db.create(table: "drills") { t in
                t.primaryKey("item_id", .text)
                t.column("kind", .text).notNull()
                t.column("difficulty", .text).notNull()
                t.column("seed", .text).notNull()
                t.column("position", .integer).notNull()
                t.column("variant", .integer).notNull()
                t.column("parameters", .text).notNull()
            }
        }
    }
}
