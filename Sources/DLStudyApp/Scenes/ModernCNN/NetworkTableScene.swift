import DLContent
import DLEngine
import TUIKit

/// A built-in model's layer table from the calculator (output, parameters, receptive field) in a
/// scrollable view, searchable with `/`, with the current row's parameters written out in one line
/// (`features.3: 5·5·64·192 + 192 = 307,392`).
struct NetworkTableScene: LessonScene {
    static let type = "network-table"
    /// The models `[`/`]` cycle through (the scene's `model` choices, defined once).
    static let models = NetworkTableParams.Model.allCases.map(\.rawValue)

    var model: String
    let report: NetworkReport
    /// The table's cells, a row per layer, and each column's width (the report's, made once).
    let table: (rows: [[String]], widths: [Int])
    var selected = 0
    var searching = false
    var query = ""
    var notFound = false

    init?(model: String, layer: String? = nil) {
        guard let report = BuiltInModelReports.analysed(model) else { return nil }
        self.model = model
        self.report = report
        let rows = report.layers.map(Self.cells)
        table = (rows, Self.titles.indices.map { c in max(DisplayWidth.of(Self.titles[c]), rows.map { DisplayWidth.of($0[c]) }.max() ?? 0) })
        if let layer, let i = report.layers.firstIndex(where: { $0.name == layer }) { selected = i }
    }

    /// The scene of a lesson page's typed parameters.
    init(_ p: NetworkTableParams) throws(EngineError) {
        guard let scene = NetworkTableScene(model: p.model.rawValue, layer: p.layer) else {
            throw EngineError("the calculator cannot analyse \(p.model.rawValue)")
        }
        self = scene
    }

    var capturesTyping: Bool { searching }

    /// `↑↓` the layer, `g`/`G` first / last, `/` search (typing: Enter finds, Esc cancels), `[ ]` the model.
    var keys: KeyTable<SceneAction<Self>> {
        typealias B = KeyTable<SceneAction<Self>>.Binding
        let t = UIText.t
        if searching {
            return KeyTable([
                B([.enter], { $0.searching = false; $0.find(from: $0.selected) }, help: t("keep the match", "찾은 layer 확정"),
                  footer: ("Enter", t("keep", "확정"))),
                B([.escape], { $0.searching = false }, help: t("stop searching", "검색 끝내기"), footer: ("Esc", t("stop", "끝내기"))),
                B([.backspace], { if !$0.query.isEmpty { $0.query.removeLast() } }, help: t("delete a character", "한 글자 지우기")),
            ], text: .init("a-z 0-9", help: t("type the layer name", "layer 이름 입력"), accepts: { _ in true },
                           command: { c in { $0.query.append(c); $0.find(from: $0.selected) } }))
        }
        let models = Self.models
        let i = models.firstIndex(of: model) ?? 0
        return KeyTable<SceneAction<Self>>([
            B([.up, .char("k")], { $0.selected = max(0, $0.selected - 1) }, help: t("previous / next layer", "이전 / 다음 layer"),
              footer: ("↑↓", t("layer", "layer"))),
            B([.down, .char("j")], { $0.selected = min($0.report.layers.count - 1, $0.selected + 1) }),
            B([.char("g")], { $0.selected = 0 }, help: t("first / last layer", "첫 / 마지막 layer")),
            B([.char("G")], { $0.selected = $0.report.layers.count - 1 }),
            B([.char("/")], { $0.searching = true; $0.query = "" }, help: t("search a layer", "layer 검색"), footer: ("/", t("search", "검색"))),
            B([.char("]")], { if let other = NetworkTableScene(model: models[(i + 1) % models.count]) { $0 = other } },
              help: t("next / previous model", "다음 / 이전 모델"), footer: ("[ ]", t("model", "모델"))),
            B([.char("[")], { if let other = NetworkTableScene(model: models[(i + models.count - 1) % models.count]) { $0 = other } }),
        ]).map { action -> SceneAction<Self> in { $0.notFound = false; action(&$0) } }
    }

    /// Selects the first row from `start` (wrapping) whose name or summary contains the query.
    mutating func find(from start: Int) {
        let q = query.lowercased()
        guard !q.isEmpty else { return }
        let n = report.layers.count
        for offset in 0..<n {
            let i = (start + offset) % n
            let row = report.layers[i]
            if row.name.lowercased().contains(q) || row.summary.lowercased().contains(q) || row.kind.lowercased().contains(q) {
                selected = i; notFound = false; return
            }
        }
        notFound = true
    }

    /// `features.3: 5·5·64·192 + 192 = 307,392`, or the sum for blocks.
    func explanation(_ context: SceneContext) -> String {
        let row = report.layers[selected]
        let value = NumberFormat.grouped(row.params)
        if let formula = ParameterFormula.of(row) {
            return "\(row.name): \(formula) = \(value)"
        }
        if row.params == 0 {
            return context.tr("\(row.name) (\(row.summary)): no parameters, \(row.input) → \(row.output)",
                              "\(row.name) (\(row.summary)): 파라미터 없음, \(row.input) → \(row.output)")
        }
        return context.tr("\(row.name) (\(row.kind)): the sum of its layers = \(value)",
                          "\(row.name) (\(row.kind)): 안쪽 layer들의 합 = \(value)")
    }

    func header(_ context: SceneContext) -> String {
        context.tr("\(model): \(NumberFormat.grouped(report.totalParams)) parameters, input \(report.input)",
                   "\(model): 파라미터 \(NumberFormat.grouped(report.totalParams))개, 입력 \(report.input)")
    }

    /// The column titles.
    static let titles = ["layer", "op", "output", "params", "rf/j"]

    static func cells(_ row: LayerReport) -> [String] {
        let rf = row.footprint.map { "\($0.receptiveField)/\($0.stride)" } ?? "-"
        return [row.name, row.summary, row.output.description, NumberFormat.grouped(row.params), rf]
    }

    func draw(into frame: inout Frame, area: Rect, context: SceneContext) {
        guard area.width > 20, area.height > 4 else { return }
        frame.put(DisplayWidth.truncate(header(context), to: area.width), x: area.x, y: area.y, role: .heading, clip: area)
        let footerRows = 2
        let visible = max(1, min(report.layers.count, area.height - 2 - footerRows))
        let titles = Self.titles, rows = table.rows
        var widths = table.widths
        let fixed = widths.dropFirst().reduce(0, +) + 2 * (widths.count - 1)
        widths[0] = max(6, min(widths[0], area.width - fixed))
        func line(_ values: [String]) -> String {
            values.enumerated().map { c, v in
                let t = DisplayWidth.truncate(v, to: widths[c])
                return c >= 3 ? DisplayWidth.padLeft(t, to: widths[c]) : DisplayWidth.pad(t, to: widths[c])
            }.joined(separator: "  ")
        }
        frame.put(line(titles), x: area.x, y: area.y + 1, role: .dim, clip: area)
        let top = min(max(0, selected - visible / 2), max(0, rows.count - visible))
        for (k, i) in (top..<min(rows.count, top + visible)).enumerated() {
            frame.put(line(rows[i]), x: area.x, y: area.y + 2 + k, role: i == selected ? .selected : (report.layers[i].onMainPath ? .normal : .dim), clip: area)
        }
        let y = area.y + 2 + visible
        frame.put(DisplayWidth.truncate(explanation(context), to: area.width), x: area.x, y: y, role: .accent, clip: area)
        let status: String
        if searching {
            status = context.tr("search: \(query)▏  (Enter keep, Esc stop)", "검색: \(query)▏  (Enter 확정, Esc 취소)")
        } else if notFound {
            status = context.tr("no layer matches \"\(query)\"", "\"\(query)\"에 맞는 layer가 없어요")
        } else {
            status = context.tr("row \(selected + 1)/\(rows.count) · rf/j = receptive field / effective stride",
                                "\(selected + 1)/\(rows.count)행 · rf/j = receptive field / effective stride")
        }
        frame.put(DisplayWidth.truncate(status, to: area.width), x: area.x, y: y + 1, role: searching ? .strong : .dim, clip: area)
    }

    func plainLines(_ context: SceneContext, width: Int) -> [String] {
        [header(context)] + table.rows.map { $0.joined(separator: "  ") }
    }
}

extension NetworkTableScene {
    public var shareValues: [String: ContentValue] {
        var values: [String: ContentValue] = ["model": .string(model)]
        if report.layers.indices.contains(selected) { values["layer"] = .string(report.layers[selected].name) }
        return values
    }
}
