/// Integer arithmetic that reports overflow instead of trapping (sizes come from user files).
public enum Checked {
    /// The product, or nil when it does not fit in an `Int`.
    public static func product(_ factors: Int...) -> Int? { product(factors) }

    /// The product, or nil when it does not fit in an `Int`.
    public static func product(_ factors: [Int]) -> Int? {
        var result = 1
        for f in factors {
            let (r, overflow) = result.multipliedReportingOverflow(by: f)
            if overflow { return nil }
            result = r
        }
        return result
    }

    /// The sum, or nil when it does not fit in an `Int`.
    public static func sum(_ terms: [Int]) -> Int? {
        var result = 0
        for t in terms {
            let (r, overflow) = result.addingReportingOverflow(t)
            if overflow { return nil }
            result = r
        }
        return result
    }
}
