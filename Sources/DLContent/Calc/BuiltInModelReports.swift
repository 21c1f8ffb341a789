import DLEngine

/// The built-in models (`ModelCatalog`) analysed once per process: calc functions, scene parameters
/// and scenes ask for the same few reports on every page, every key and every `check`.
public enum BuiltInModelReports {
    /// The calculator's report of the built-in model `name` (spelled as `ModelCatalog.model(named:)`
    /// accepts it; `auxiliary` adds GoogLeNet's auxiliary classifiers), or nil when there is no such model.
    public static func report(named name: String, auxiliary: Bool = false) -> Result<NetworkReport, ArchitectureError>? {
        let key = name.lowercased() + (auxiliary ? " aux" : "")
        return reports.value(key) {
            ModelCatalog.model(named: name, auxiliary: auxiliary).map { network in
                Result { () throws(ArchitectureError) in try network.analyze() }
            }
        }
    }

    /// The report when the model exists and can be analysed, else nil.
    public static func analysed(_ name: String) -> NetworkReport? {
        guard case .success(let report) = report(named: name) else { return nil }
        return report
    }

    private static let reports = TextKeyedMemo<Result<NetworkReport, ArchitectureError>?>()
}
