import DLContent
import Foundation
import GRDB

extension StudyStore {
    /// The lesson progress of every lesson.
    public func lessonProgress() throws -> LessonProgress {
        try queue.read { db in
            var progress = LessonProgress()
            for row in try Row.fetchAll(db, sql: "SELECT * FROM lesson_progress") {
                progress.lessons[row["lesson_id"]] = LessonProgress.Entry(
                    lastPage: row["last_page"], furthestPage: row["furthest_page"], pageCount: row["page_count"])
            }
            return progress
        }
    }

    /// Replaces the stored lesson progress with `progress` in one transaction.
    public func save(_ progress: LessonProgress) throws {
        try queue.write { db in
            for (id, entry) in progress.lessons {
                try db.execute(
                    sql: "INSERT OR REPLACE INTO lesson_progress (lesson_id, last_page, furthest_page, page_count) VALUES (?, ?, ?, ?)",
                    arguments: [id, entry.lastPage, entry.furthestPage, entry.pageCount])
            }
        }
    }

    /// Imports `progress.json` from `directory` once (the old format of lesson progress); later
    /// calls do nothing. Returns a message when something was imported or the file was unreadable.
    public func importProgressJSONOnce(directory: String) throws -> String? {
        let path = (directory as NSString).appendingPathComponent("progress.json")
        let done = try queue.read { db in try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'progress_json_imported'") }
        guard done == nil, let data = FileManager.default.contents(atPath: path) else { return nil }
        guard let old = try? JSONDecoder().decode(LessonProgress.self, from: data) else {
            try markImported(path)
            return "\(path) is not readable lesson progress; left it as it is and did not import it"
        }
        try queue.write { db in
            for (id, entry) in old.lessons {
                let existing = try Row.fetchOne(db, sql: "SELECT furthest_page FROM lesson_progress WHERE lesson_id = ?", arguments: [id])
                let furthest = max(entry.furthestPage, existing?["furthest_page"] ?? 0)
                try db.execute(
                    sql: "INSERT OR REPLACE INTO lesson_progress (lesson_id, last_page, furthest_page, page_count) VALUES (?, ?, ?, ?)",
                    arguments: [id, entry.lastPage, furthest, entry.pageCount])
            }
            try db.execute(sql: "INSERT OR REPLACE INTO meta (key, value) VALUES ('progress_json_imported', ?)", arguments: [path])
        }
        return "imported lesson progress from \(path) into \(self.path)"
    }

    func markImported(_ path: String) throws {
        try queue.write { db in
            try db.execute(sql: "INSERT OR REPLACE INTO meta (key, value) VALUES ('progress_json_imported', ?)", arguments: [path])
        }
    }
}
