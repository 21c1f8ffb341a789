/// Depth of a network counted as papers do: layers with weights (conv, linear) along the deepest
/// path. Branches count their deepest branch; side outputs (auxiliary classifiers) do not count.
public enum NetworkDepth {
    public static func weightLayers(_ network: Network) -> Int { depth(network.layers) }

    static func depth(_ layers: [Layer]) -> Int {
        layers.reduce(0) { total, layer in
            switch layer.op {
            case .conv, .convTranspose, .linear: return total + 1
            case .sequence(_, let inner): return total + depth(inner)
            case .concat(_, let branches): return total + (branches.map(depth).max() ?? 0)
            case .residual(let body, let shortcut): return total + max(depth(body), depth(shortcut))
            default: return total
            }
        }
    }
}
