import DLContent
import GRDB

extension StudyStore {
    /// The quiz menu's remembered choices (defaults when never saved).
    public func quizPreferences() throws -> QuizPreferences {
        try queue.read { db in
            let length = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'quiz_length'")
            let difficulty = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'drill_difficulty'")
            return QuizPreferences(lengthText: length, difficultyText: difficulty)
        }
    }

    /// Remembers the quiz menu's choices.
    public func save(_ preferences: QuizPreferences) throws {
        try queue.write { db in
            try db.execute(sql: "INSERT OR REPLACE INTO meta (key, value) VALUES ('quiz_length', ?)", arguments: [preferences.lengthText])
            try db.execute(sql: "INSERT OR REPLACE INTO meta (key, value) VALUES ('drill_difficulty', ?)",
                           arguments: [preferences.difficulty.rawValue])
        }
    }
}
