import Foundation
import DLEngine

/// The scene reference (`dlstudy scenes [TYPE] [--json]`), generated from the typed definitions.
public enum SceneReference {
    /// The reference as text: each type, its summary, and one line per parameter.
    public static func text(_ definitions: [any SceneParameters.Type], language: Language) -> String {
        var out = ""
        for (i, d) in definitions.enumerated() {
            if i > 0 { out += "\n" }
            out += "\(d.type)\n  \(d.summary.text(language))\n"
            let width = d.parameters.map(\.name.count).max() ?? 0
            for p in d.parameters {
                let name = p.name.padding(toLength: width, withPad: " ", startingAt: 0)
                out += "  \(name)  \(p.kind.describe(language)); \(defaultText(p, language)) - \(p.meaning.text(language))\n"
            }
        }
        return out
    }

    static func defaultText(_ p: SceneParameter, _ language: Language) -> String {
        let ko = language == .ko
        if p.required { return ko ? "필수" : "required" }
        if p.defaultText.isEmpty { return ko ? "기본값 없음" : "no default" }
        return (ko ? "기본값 " : "default ") + p.defaultText
    }

    /// The reference as JSON: `{"scenes": [{type, summary, parameters: [{name, kind, ...}]}]}`.
    public static func json(_ definitions: [any SceneParameters.Type]) -> JSONValue {
        .object(["scenes": .array(definitions.map { d in
            .object(["type": .string(d.type), "summary": localized(d.summary),
                     "parameters": .array(d.parameters.map(parameter))])
        })])
    }

    static func localized(_ t: LocalizedText) -> JSONValue { .object(["en": .string(t.en), "ko": .string(t.ko)]) }

    static func parameter(_ p: SceneParameter) -> JSONValue {
        var o: [String: JSONValue] = ["name": .string(p.name), "required": .bool(p.required), "meaning": localized(p.meaning),
                                      "description": localized(LocalizedText(en: p.kind.describe(.en), ko: p.kind.describe(.ko)))]
        if !p.defaultText.isEmpty { o["default"] = .string(p.defaultText) }
        func range(_ lo: Double, _ hi: Double) -> JSONValue { .array([.number(lo), .number(hi)]) }
        switch p.kind {
        case .int(let r): o["kind"] = .string("int"); o["range"] = range(Double(r.lowerBound), Double(r.upperBound))
        case .number(let r): o["kind"] = .string("number"); o["range"] = range(r.lowerBound, r.upperBound)
        case .choice(let c): o["kind"] = .string("choice"); o["choices"] = .array(c.map { .string($0) })
        case .bool: o["kind"] = .string("bool")
        case .matrix(let n): o["kind"] = .string("matrix"); o["max_side"] = .number(Double(n))
        case .rows(let w, let r):
            o["kind"] = .string("sequence"); o["width"] = .number(Double(w)); o["steps"] = range(Double(r.lowerBound), Double(r.upperBound))
        case .vector(let n): o["kind"] = .string("vector"); o["count"] = .number(Double(n))
        case .intList(let n, let r): o["kind"] = .string("int_list"); o["count"] = .number(Double(n)); o["range"] = range(Double(r.lowerBound), Double(r.upperBound))
        case .text(let n): o["kind"] = .string("name"); o["max_length"] = .number(Double(n))
        case .padding(let r): o["kind"] = .string("padding"); o["range"] = range(Double(r.lowerBound), Double(r.upperBound)); o["choices"] = .array([.string("same"), .string("valid")])
        }
        return .object(o)
    }
}
