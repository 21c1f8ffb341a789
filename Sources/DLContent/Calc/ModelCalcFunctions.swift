import DLEngine

/// Calc functions about the built-in models: totals, one layer, receptive field.
enum ModelCalcFunctions {
    typealias F = CalcEvaluator.Function

    static let all: [String: F] = [
        "model-params": F(keys: ["name", "bias", "aux"]) { a throws(CalcError) in
            let r = try report(a, auxiliary: try a.flag("aux", default: false))
            let bias = try a.flag("bias", default: true)
            return bias ? CalcResult(r.totalParams, formula: "\(r.model) parameters")
                        : CalcResult(r.totalParamsWithoutBias, formula: "\(r.model) parameters without bias")
        },
        "model-macs": F(keys: ["name"]) { a throws(CalcError) in
            let r = try report(a)
            return CalcResult(r.totalMacs, formula: "\(r.model) mult-adds at \(r.input)")
        },
        "model-layer-params": F(keys: ["name", "layer", "bias"]) { a throws(CalcError) in
            let r = try report(a)
            let layer = try a.text("layer")
            let bias = try a.flag("bias", default: true)
            if var row = r.layer(named: layer) {
                if !bias {
                    row.params = row.weightParams
                    row.biasParams = 0
                    if case .conv(var c) = row.op { c.bias = false; row.op = .conv(c) }
                    if case .linear(let out, _) = row.op { row.op = .linear(out: out, bias: false) }
                }
                return CalcResult(row.params, formula: ParameterFormula.of(row) ?? "\(r.model) \(layer)")
            }
            if let count = r.namedParams[layer] {
                guard bias else { throw CalcError("model-layer-params: bias=0 needs a table row; '\(layer)' is nested") }
                return CalcResult(count, formula: "\(r.model) \(layer)")
            }
            let names = r.layers.map(\.name)
            let hint = NameSuggestion.closest(to: layer, among: names).map { " (did you mean '\($0)'?)" } ?? ""
            throw CalcError("model-layer-params: \(r.model) has no layer '\(layer)'\(hint)")
        },
        "model-depth": F(keys: ["name"]) { a throws(CalcError) in
            let name = try a.text("name")
            guard let network = ModelCatalog.model(named: name) else {
                throw CalcError("model-depth: unknown model '\(name)' (did you mean '\(ModelCatalog.closest(to: name))'?)")
            }
            return CalcResult(NetworkDepth.weightLayers(network), formula: "\(network.name) layers with weights on the deepest path")
        },
        "model-rf": F(keys: ["name"]) { a throws(CalcError) in
            let (r, fp) = try finalFootprint(a)
            return CalcResult(fp.receptiveField, formula: "\(r.model) receptive field at \(r.finalFeature?.name ?? "")")
        },
        "model-rf-stride": F(keys: ["name"]) { a throws(CalcError) in
            let (r, fp) = try finalFootprint(a)
            return CalcResult(fp.stride, formula: "\(r.model) effective stride at \(r.finalFeature?.name ?? "")")
        },
    ]

    /// The analysis of the model `name=`; `auxiliary` adds GoogLeNet's auxiliary classifiers.
    static func report(_ a: CalcArguments, auxiliary: Bool = false) throws(CalcError) -> NetworkReport {
        let name = try a.text("name")
        if auxiliary, name.lowercased() != "googlenet" {
            throw CalcError("\(a.function): aux=1 adds GoogLeNet's auxiliary classifiers; \(name) has none")
        }
        guard let network = ModelCatalog.model(named: name, auxiliary: auxiliary) else {
            throw CalcError("\(a.function): unknown model '\(name)' (did you mean '\(ModelCatalog.closest(to: name))'?)")
        }
        let analysed = reports.value(network.name) {
            Result { () throws(ArchitectureError) in try network.analyze() }.mapError { CalcError("\($0)") }
        }
        switch analysed {
        case .success(let report): return report
        case .failure(let error): throw CalcError("\(a.function): \(error.message)")
        }
    }

    /// Each built-in network analysed once per process.
    private static let reports = TextKeyedMemo<Result<NetworkReport, CalcError>>()

    static func finalFootprint(_ a: CalcArguments) throws(CalcError) -> (NetworkReport, Footprint) {
        let r = try report(a)
        guard let fp = r.finalFeature?.footprint else { throw CalcError("\(a.function): \(r.model) has no feature layer") }
        return (r, fp)
    }
}
