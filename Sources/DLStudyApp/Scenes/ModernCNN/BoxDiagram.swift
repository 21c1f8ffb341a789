import TUIKit

/// Block diagrams as lines of box-drawing text: parallel branches joined by a concat, or a chain of
/// layers with a skip path beside it. `ascii` swaps every glyph for a plain one.
enum BoxDiagram {
    /// Parallel branches (each a column of boxes) from one input to one output.
    static func branches(input: String, columns: [[String]], output: String) -> [String] {
        let widths = columns.map { col in (col.map { DisplayWidth.of($0) + 2 }.max() ?? 3) }
        var centres: [Int] = []
        var x = 0
        for w in widths { centres.append(x + w / 2); x += w + 3 }
        let total = x - 3
        guard let firstCentre = centres.first, let lastCentre = centres.last else { return [input, output] }
        let middle = (firstCentre + lastCentre) / 2
        func rule(_ left: Character, _ tee: Character, _ right: Character, _ mid: Character) -> String {
            var chars = Array(repeating: Character(" "), count: total)
            for i in firstCentre...lastCentre { chars[i] = "─" }
            for c in centres { chars[c] = tee }
            chars[firstCentre] = left
            chars[lastCentre] = right
            chars[middle] = centres.contains(middle) ? "┼" : mid
            return String(chars)
        }
        var lines = [pad(input, centre: middle)]
        lines.append(rule("┌", "┬", "┐", "┴"))
        let depth = columns.map(\.count).max() ?? 0
        for d in 0..<depth {
            if d > 0 { lines.append(verticals(centres, total)) }
            var line = ""
            for (i, col) in columns.enumerated() {
                let cell = d < col.count ? "[\(col[d])]" : "│"
                let target = centres[i] - DisplayWidth.of(cell) / 2
                line += String(repeating: " ", count: max(0, target - DisplayWidth.of(line))) + cell
            }
            lines.append(line)
        }
        lines.append(rule("└", "┴", "┘", "┬"))
        lines.append(pad(output, centre: middle))
        return lines
    }

    /// A chain of layers top to bottom with a skip path on the right, joined at `join` (⊕ or concat).
    static func chain(input: String, layers: [String], skip: String, join: String, output: String) -> [String] {
        let width = max(layers.map { DisplayWidth.of($0) + 2 }.max() ?? 3, DisplayWidth.of(join))
        let centre = width / 2
        let skipColumn = width + 3
        func at(_ text: String, _ col: Int) -> String { String(repeating: " ", count: max(0, col)) + text }
        var lines = [at(input, max(0, centre - DisplayWidth.of(input) / 2))]
        lines.append(at("├" + String(repeating: "─", count: skipColumn - centre - 1) + "┐", centre))
        for (i, layer) in layers.enumerated() {
            let box = "[\(layer)]"
            let left = max(0, centre - DisplayWidth.of(box) / 2)
            var line = at(box, left)
            line += String(repeating: " ", count: max(1, skipColumn - DisplayWidth.of(line))) + "│"
            if i == layers.count / 2 { line += " " + skip }
            lines.append(line)
        }
        let joinLeft = max(0, centre - DisplayWidth.of(join) / 2)
        var joinLine = at(join, joinLeft)
        joinLine += String(repeating: "─", count: max(0, skipColumn - DisplayWidth.of(joinLine))) + "┘"
        lines.append(joinLine)
        lines.append(at("│ " + output, centre))
        return lines
    }

    static func pad(_ text: String, centre: Int) -> String {
        String(repeating: " ", count: max(0, centre - DisplayWidth.of(text) / 2)) + text
    }

    static func verticals(_ centres: [Int], _ total: Int) -> String {
        var chars = Array(repeating: Character(" "), count: total)
        for c in centres where c < total { chars[c] = "│" }
        return String(chars)
    }

    /// The same lines with ASCII glyphs.
    static func ascii(_ line: String) -> String {
        var out = ""
        for ch in line {
            switch ch {
            case "─": out.append("-")
            case "│": out.append("|")
            case "┌", "┐", "└", "┘", "┬", "┴", "├", "┤", "┼": out.append("+")
            case "⊕": out.append("+")
            case "◄": out.append("<")
            case "▼": out.append("v")
            default: out.append(ch)
            }
        }
        return out
    }
}
