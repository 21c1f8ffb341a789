import DLEngine

/// What values a scene parameter takes; drives reading, checking and the `dlstudy scenes` reference.
public enum SceneParamKind: Equatable, Sendable {
    case int(ClosedRange<Int>)
    case number(ClosedRange<Double>)
    case choice([String])
    case bool
    /// Rows of numbers written `"1 2; 3 4"`, at most `maxSide`×`maxSide`.
    case matrix(maxSide: Int)
    /// A sequence of steps of `width` numbers (`"1; 0.5; -1"` or a YAML list), `rows` steps.
    case rows(width: Int, rows: ClosedRange<Int>)
    /// Exactly `count` numbers (`"0 0"` or `[0, 0]`).
    case vector(count: Int)
    /// Exactly `count` whole numbers in `range` (`[1, 1, 5, 4]`).
    case intList(count: Int, range: ClosedRange<Int>)
    /// A short name (at most `maxLength` characters).
    case text(maxLength: Int)
    /// A whole number in `range`, `same` or `valid`.
    case padding(ClosedRange<Int>)

    /// The magnitude no number of a scene may exceed (keeps every product finite and printable).
    public static let maxMagnitude = 1_000_000.0

    /// `a whole number from 1 to 4`, `one of max, avg`, … for messages.
    public var requirement: String {
        switch self {
        case .int(let r): return RangeMessage.wholeNumber(r)
        case .number(let r): return RangeMessage.number(r)
        case .choice(let c): return "one of \(c.joined(separator: ", "))"
        case .bool: return "true or false"
        case .matrix(let n): return "rows of numbers such as \"1 2; 3 4\", at most \(n)×\(n)"
        case .rows(let w, let r): return "\(r.lowerBound) to \(r.upperBound) steps of \(w) number\(w == 1 ? "" : "s") such as \"1; 0.5; -1\""
        case .vector(let n): return "\(n) numbers such as \"0 0\""
        case .intList(let n, let r): return "a list of \(n) whole numbers from \(r.lowerBound) to \(r.upperBound)"
        case .text(let n): return "a name of at most \(n) characters"
        case .padding(let r): return RangeMessage.wholeNumber(r) + ", same or valid"
        }
    }

    /// `whole number 1…4`, `max | avg`, … for the reference.
    public func describe(_ language: Language) -> String {
        let ko = language == .ko
        switch self {
        case .int(let r): return ko ? "정수 \(r.lowerBound)…\(r.upperBound)" : "whole number \(r.lowerBound)…\(r.upperBound)"
        case .number(let r):
            return ko ? "수 \(NumberFormat.cell(r.lowerBound))…\(NumberFormat.cell(r.upperBound))"
                : "number \(NumberFormat.cell(r.lowerBound))…\(NumberFormat.cell(r.upperBound))"
        case .choice(let c): return c.joined(separator: " | ")
        case .bool: return "true | false"
        case .matrix(let n):
            return ko ? "행렬 \"1 2; 3 4\", 최대 \(n)×\(n)" : "matrix \"1 2; 3 4\", at most \(n)×\(n)"
        case .rows(let w, let r):
            let steps = "\(r.lowerBound)…\(r.upperBound)"
            return ko ? "수열 \"1; 0.5; -1\", 단계 \(steps)개, 단계마다 \(w)개" : "sequence \"1; 0.5; -1\", \(steps) steps of \(w)"
        case .vector(let n): return ko ? "수 \(n)개 \"0 0\"" : "\(n) numbers \"0 0\""
        case .intList(let n, let r):
            return ko ? "정수 \(n)개 [..], 각각 \(r.lowerBound)…\(r.upperBound)" : "\(n) whole numbers [..], each \(r.lowerBound)…\(r.upperBound)"
        case .text(let n): return ko ? "이름 (최대 \(n)자)" : "name (at most \(n) characters)"
        case .padding(let r):
            return ko ? "정수 \(r.lowerBound)…\(r.upperBound), same, valid" : "whole number \(r.lowerBound)…\(r.upperBound), same or valid"
        }
    }
}

/// One documented parameter of a scene type: name, kind, default and meaning in both languages.
public struct SceneParameter: Equatable, Sendable {
    public let name: String
    public let kind: SceneParamKind
    /// The default as it would be written in a spec ("" when the parameter is required or has none).
    public let defaultText: String
    public let required: Bool
    public let meaning: LocalizedText
}

/// A scene parameter with its typed default: the one definition a scene's parser reads and the
/// reference documents.
public struct Param<Value: Sendable>: Sendable {
    public let info: SceneParameter
    public let fallback: Value

    public init(_ name: String, _ kind: SceneParamKind, default fallback: Value, text: String, required: Bool = false,
                en: String, ko: String) {
        info = SceneParameter(name: name, kind: kind, defaultText: text, required: required, meaning: LocalizedText(en: en, ko: ko))
        self.fallback = fallback
    }
}

extension Param where Value == Int {
    /// A whole number in `range`.
    public static func int(_ name: String, _ range: ClosedRange<Int>, default d: Int, en: String, ko: String) -> Param<Int> {
        Param(name, .int(range), default: d, text: String(d), en: en, ko: ko)
    }
}

extension Param where Value == Double {
    /// A number in `range`.
    public static func number(_ name: String, _ range: ClosedRange<Double>, default d: Double, en: String, ko: String) -> Param<Double> {
        Param(name, .number(range), default: d, text: NumberFormat.cell(d), en: en, ko: ko)
    }
}

extension Param where Value == Bool {
    /// `true` or `false`.
    public static func bool(_ name: String, default d: Bool, en: String, ko: String) -> Param<Bool> {
        Param(name, .bool, default: d, text: String(d), en: en, ko: ko)
    }
}

extension Param where Value: CaseIterable & RawRepresentable, Value.RawValue == String {
    /// One of an enum's raw values.
    public static func choice(_ name: String, default d: Value, en: String, ko: String) -> Param<Value> {
        Param(name, .choice(Value.allCases.map(\.rawValue)), default: d, text: d.rawValue, en: en, ko: ko)
    }
}

extension Param where Value == [[Double]] {
    /// A matrix (`"1 2; 3 4"`); `required` when there is no sensible default.
    public static func matrix(_ name: String, maxSide: Int, default d: [[Double]], required: Bool = false,
                              en: String, ko: String) -> Param<[[Double]]> {
        Param(name, .matrix(maxSide: maxSide), default: d, text: required ? "" : MatrixText.format(rows: d), required: required, en: en, ko: ko)
    }

    /// A sequence of steps of `width` numbers.
    public static func rows(_ name: String, width: Int, rows: ClosedRange<Int>, default d: [[Double]], en: String, ko: String) -> Param<[[Double]]> {
        Param(name, .rows(width: width, rows: rows), default: d, text: MatrixText.format(rows: d), en: en, ko: ko)
    }
}

extension Param where Value == [Double]? {
    /// Exactly `count` numbers, or nil (the scene's own default) when absent.
    public static func vector(_ name: String, count: Int, defaultText: String, en: String, ko: String) -> Param<[Double]?> {
        Param(name, .vector(count: count), default: nil, text: defaultText, en: en, ko: ko)
    }
}
