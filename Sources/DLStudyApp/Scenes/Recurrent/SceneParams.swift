import DLContent

/// Reading the shared parameters of recurrent scenes from a lesson page's `scene:` entry.
enum SceneParams {
    /// A number list parameter written as text (`"1; 0.5; -1"`) or as a YAML list of numbers / rows.
    static func rows(_ value: ContentValue?) -> [[Double]]? {
        guard let value else { return nil }
        switch value {
        case .string(let s): return try? NumberRows.parse(s).get()
        case .number(let d): return [[d]]
        case .list(let items):
            var out: [[Double]] = []
            for item in items {
                if let d = item.number { out.append([d]) }
                else if let row = item.list?.compactMap(\.number), row.count == item.list?.count { out.append(row) }
                else { return nil }
            }
            return out
        default: return nil
        }
    }

    /// A vector parameter (`"0 0"` or `[0, 0]`).
    static func vector(_ value: ContentValue?) -> [Double]? {
        rows(value).map { $0.flatMap { $0 } }
    }
}
