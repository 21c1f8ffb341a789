/// The quiz menu's remembered choices: session length and drill difficulty.
public struct QuizPreferences: Equatable, Sendable {
    /// The session lengths the menu offers; nil is endless.
    public static let lengths: [Int?] = [5, 10, 20, nil]

    /// Questions per session (nil: endless).
    public var length: Int? = 10
    public var difficulty: DrillDifficulty = .lecture

    public init(length: Int? = 10, difficulty: DrillDifficulty = .lecture) {
        self.length = length; self.difficulty = difficulty
    }

    /// The next offered length (wrapping).
    public func cycledLength(_ delta: Int) -> Int? {
        let all = Self.lengths
        let index = all.firstIndex { $0 == length } ?? 1
        return all[((index + delta) % all.count + all.count) % all.count]
    }

    /// `5`, `10`, `20` or `endless`: how the store keeps the length.
    public var lengthText: String { length.map(String.init) ?? "endless" }

    /// Reads stored values back; unknown ones keep the defaults.
    public init(lengthText: String?, difficultyText: String?) {
        if let lengthText {
            if lengthText == "endless" { length = nil } else if let n = Int(lengthText), Self.lengths.contains(n) { length = n }
        }
        if let d = difficultyText.flatMap(DrillDifficulty.init(rawValue:)) { difficulty = d }
    }
}
