import GRDB

/// The versioned schema of the study database. Migrations are append-only: never edit a shipped one.
enum StoreSchema {
    /// `PRAGMA application_id` marking a dlstudy database ("DLST").
    static let applicationID: Int32 = 0x444C_5354

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-answers-reviews-progress") { db in
            try db.execute(sql: "PRAGMA application_id = \(applicationID)")
            try db.create(table: "answers") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("item_id", .text).notNull().indexed()
                t.column("answered_at", .double).notNull()
                t.column("given", .text).notNull()
                t.column("correct", .boolean).notNull()
                t.column("seconds", .double).notNull()
            }
            try db.create(table: "review_state") { t in
                t.primaryKey("item_id", .text)
                t.column("phase", .integer).notNull()
                t.column("step", .integer)
                t.column("stability", .double)
                t.column("difficulty", .double)
                t.column("due", .double).notNull().indexed()
                t.column("last_review", .double)
                t.column("reps", .integer).notNull()
                t.column("lapses", .integer).notNull()
                t.column("last_correct", .boolean).notNull()
            }
            try db.create(table: "lesson_progress") { t in
                t.primaryKey("lesson_id", .text)
                t.column("last_page", .integer).notNull()
                t.column("furthest_page", .integer).notNull()
                t.column("page_count", .integer).notNull()
            }
            try db.create(table: "meta") { t in
                t.primaryKey("key", .text)
                t.column("value", .text).notNull()
            }
        }
        registerDrills(&migrator)
        return migrator
    }
}
