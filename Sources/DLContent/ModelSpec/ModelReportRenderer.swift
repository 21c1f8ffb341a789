import DLEngine

/// Writes a network report as the `dlstudy model` table or its JSON.
public enum ModelReportRenderer {
    /// Table options: full digits (`exact`), weights only (`withoutBias`), width limit.
    public struct Options: Sendable {
        public var exact = false
        public var withoutBias = false
        public var width = 80
        public init(exact: Bool = false, withoutBias: Bool = false, width: Int = 80) {
            self.exact = exact
            self.withoutBias = withoutBias
            self.width = width
        }
    }

    static let headers = ["Layer", "Output", "Params", "Mult-adds", "RF", "Stride", "Padding"]

    /// The table: one row per layer or block, then the totals and the last feature layer's footprint.
    public static func table(_ r: NetworkReport, _ options: Options = Options()) -> String {
        let exact = options.exact
        func number(_ n: Int) -> String { exact ? NumberFormat.grouped(n) : NumberFormat.short(Double(n)) }
        let dash = "—"
        var rows: [[String]] = []
        for (i, l) in r.layers.enumerated() {
            let marker = i == r.finalFeatureIndex ? "*" : ""
            let fp = l.footprint
            rows.append([
                fitted(l, options.exact ? Int.max : 26) + marker, l.output.description,
                number(options.withoutBias ? l.weightParams : l.params), number(l.macs),
                fp.map { "\($0.receptiveField)" } ?? dash, fp.map { "\($0.stride)" } ?? dash, fp.map { "\($0.padding)" } ?? dash,
            ])
        }
        var widths = headers.indices.map { c in ([headers[c]] + rows.map { $0[c] }).map(\.count).max() ?? 0 }
        if !options.exact {
            let others = widths.dropFirst().reduce(0, +) + 2 * (headers.count - 1)
            widths[0] = min(widths[0], max(12, options.width - others))
        }
        func line(_ cells: [String]) -> String {
            var parts: [String] = []
            for (c, cell) in cells.enumerated() {
                let text = c == 0 ? elide(cell, widths[0]) : cell
                let pad = String(repeating: " ", count: max(0, widths[c] - text.count))
                parts.append(c == 0 ? text + pad : pad + text)
            }
            var s = parts.joined(separator: "  ")
            while s.hasSuffix(" ") { s.removeLast() }
            return s
        }
        var out = "\(r.model) — input \(r.input) (C×H×W)\n"
        out += line(headers) + "\n"
        for row in rows { out += line(row) + "\n" }
        out += "\n"
        out += "Parameters: \(NumberFormat.grouped(r.totalParams)) (\(NumberFormat.short(Double(r.totalParams)))); "
        out += "without bias: \(NumberFormat.grouped(r.totalParamsWithoutBias))\n"
        out += "Mult-adds:  \(NumberFormat.grouped(r.totalMacs)) (\(NumberFormat.short(Double(r.totalMacs))))\n"
        if let f = r.finalFeature, let fp = f.footprint {
            out += "Last feature layer (*): \(f.name)\n"
            out += "  receptive field \(fp.receptiveField), effective stride \(fp.stride), effective padding \(fp.padding)\n"
        }
        return out
    }

    /// `name summary`, or just the name when it already says the kind.
    static func cellName(_ l: LayerReport) -> String {
        l.name.hasSuffix(l.summary) || l.name == l.summary ? l.name : "\(l.name) \(l.summary)"
    }

    /// The row's label within `width`: drops leading path parts (`features.`), then the summary.
    static func fitted(_ l: LayerReport, _ width: Int) -> String {
        let full = cellName(l)
        guard full.count > width else { return full }
        var parts = l.name.split(separator: ".").map(String.init)
        var candidates: [String] = []
        while parts.count > 1 {
            parts.removeFirst()
            let short = "…" + parts.joined(separator: ".")
            candidates.append(short == l.name || l.name.hasSuffix(l.summary) ? short : "\(short) \(l.summary)")
            candidates.append(short)
        }
        return candidates.first { $0.count <= width } ?? elide(l.name, width)
    }

    /// Keeps the end of `text` (the layer kind) when it is too wide: `…ock1.denselayer1 denselayer`.
    static func elide(_ text: String, _ width: Int) -> String {
        guard text.count > width, width > 1 else { return text }
        return "…" + String(text.suffix(width - 1))
    }

    /// The report as JSON (written like every `--json`: one line, keys sorted, `output` first):
    /// model, input, one object per layer, the totals and the final layer's footprint.
    public static func json(_ r: NetworkReport, withoutBias: Bool = false) -> JSONValue {
        func int(_ v: Int?) -> JSONValue { v.map { .number(Double($0)) } ?? .null }
        func dims(_ s: FeatureShape) -> JSONValue { .array(s.dimensions.map { .number(Double($0)) }) }
        let layers: [JSONValue] = r.layers.map { l in
            .object([
                "name": .string(l.name), "kind": .string(l.kind), "output": dims(l.output),
                "params": int(withoutBias ? l.weightParams : l.params), "macs": int(l.macs),
                "receptive_field": int(l.footprint?.receptiveField), "effective_stride": int(l.footprint?.stride),
                "effective_padding": int(l.footprint?.padding),
            ])
        }
        let fp = r.finalFeature?.footprint
        return .object([
            "model": .string(r.model), "input": dims(r.input), "layers": .array(layers),
            "total_params": int(r.totalParams), "total_params_without_bias": int(r.totalParamsWithoutBias),
            "total_macs": int(r.totalMacs), "final_layer": r.finalFeature.map { .string($0.name) } ?? .null,
            "final_receptive_field": int(fp?.receptiveField), "final_effective_stride": int(fp?.stride),
            "final_effective_padding": int(fp?.padding),
        ])
    }
}
