/// How large the numbers of a generated drill are: toy sizes, the sizes the lectures use, or the
/// sizes of real networks (ImageNet inputs, thousands of channels).
public enum DrillDifficulty: String, CaseIterable, Sendable, Codable {
    case small
    case lecture
    case real

    /// The name shown in the quiz menu.
    public var name: LocalizedText {
        switch self {
        case .small: LocalizedText(en: "small numbers", ko: "작은 숫자")
        case .lecture: LocalizedText(en: "lecture-sized", ko: "강의 크기")
        case .real: LocalizedText(en: "real networks", ko: "실제 네트워크 크기")
        }
    }

    /// The next difficulty (wrapping), for the menu's ← → choice.
    public func cycled(_ delta: Int) -> DrillDifficulty {
        let all = Self.allCases
        let index = all.firstIndex(of: self) ?? 0
        return all[((index + delta) % all.count + all.count) % all.count]
    }
}

/// The numbers a drill was made from, in drawing order (`i=32 k=3 s=2 p=1 d=1`).
public struct DrillParameters: Equatable, Sendable, Codable {
    /// One named number.
    public struct Entry: Equatable, Sendable, Codable {
        public var name: String
        public var value: Int
    }

    public var entries: [Entry] = []

    public init(_ pairs: [(String, Int)] = []) { entries = pairs.map { Entry(name: $0.0, value: $0.1) } }

    /// The value of `name` (nil when missing).
    public subscript(_ name: String) -> Int? { entries.first { $0.name == name }?.value }

    mutating func set(_ name: String, _ value: Int) { entries.append(Entry(name: name, value: value)) }

    /// `i=32 k=3 s=2`: how the store keeps them.
    public var text: String { entries.map { "\($0.name)=\($0.value)" }.joined(separator: " ") }

    /// Reads `text` back; nil for a malformed list.
    public init?(text: String) {
        for field in text.split(separator: " ") {
            let parts = field.split(separator: "=", maxSplits: 1)
            guard parts.count == 2, let value = Int(parts[1]) else { return nil }
            entries.append(Entry(name: String(parts[0]), value: value))
        }
    }
}

/// Everything needed to rebuild one generated question exactly: its generator, difficulty, the
/// session seed and position it came from, which fresh variant it is, and its numbers.
public struct DrillSpec: Equatable, Sendable, Codable {
    public var kind: DrillKind
    public var difficulty: DrillDifficulty
    /// The seed of the session that first asked it.
    public var seed: UInt64
    /// Its position (1-based) in that session.
    public var index: Int
    /// 0 for the question as first asked; n for the n-th fresh variant given after repeated misses.
    public var variant: Int
    public var parameters: DrillParameters

    public init(kind: DrillKind, difficulty: DrillDifficulty, seed: UInt64, index: Int, variant: Int = 0, parameters: DrillParameters) {
        self.kind = kind; self.difficulty = difficulty; self.seed = seed; self.index = index
        self.variant = variant; self.parameters = parameters
    }

    /// The question's id in the history: `gen-SEED-INDEX-KIND` (unchanged by variants).
    public var itemID: String { "gen-\(seed)-\(index)-\(kind.rawValue)" }
}
