import ArgumentParser
import DLContent
import DLEngine

/// The parameter breakdown of one PyTorch recurrent layer.
enum CalcRecurrent {
    static func describe(_ cell: RecurrentCell, input i: Int, hidden h: Int) throws -> String {
        try CalcSupport.check(i, "--input", min: 1)
        try CalcSupport.check(h, "--hidden", min: 1)
        let total = try CalcSupport.usage { () throws(CalcError) in try LayerCalc.recurrentParams(cell, i: i, h: h) }
        let g = cell.gates
        let gates = cell == .lstm ? "i, f, g, o" : "r, z, n"
        let name = cell == .lstm ? "LSTM" : "GRU"
        let ih = g * h * i, hh = g * h * h, b = g * h
        var text = "\(name), input \(i), hidden \(h) (PyTorch nn.\(name), one layer; gates \(gates))\n"
        text += "weight_ih  \(g)·\(h)·\(i) = \(NumberFormat.grouped(ih))\n"
        text += "weight_hh  \(g)·\(h)·\(h) = \(NumberFormat.grouped(hh))\n"
        text += "bias_ih    \(g)·\(h) = \(NumberFormat.grouped(b))\n"
        text += "bias_hh    \(g)·\(h) = \(NumberFormat.grouped(b))\n"
        text += "Total      \(total.filledFormula)\n"
        text += "PyTorch keeps two bias vectors (bias_ih and bias_hh) although only their sum matters;\n"
        text += "with one bias per gate the count would be \(NumberFormat.grouped(Int(total.value) - b)).\n"
        return text
    }
}

/// `dlstudy calc lstm`: parameters of one LSTM layer.
struct CalcLSTMCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "lstm", abstract: "Parameters of one LSTM layer (PyTorch).")
    @Option(parsing: .unconditional, help: "Input size (features per time step).") var input: Int
    @Option(parsing: .unconditional, help: "Hidden size.") var hidden: Int
    func run() throws { Output.text(try CalcRecurrent.describe(.lstm, input: input, hidden: hidden), terminator: "") }
}

/// `dlstudy calc gru`: parameters of one GRU layer.
struct CalcGRUCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "gru", abstract: "Parameters of one GRU layer (PyTorch).")
    @Option(parsing: .unconditional, help: "Input size (features per time step).") var input: Int
    @Option(parsing: .unconditional, help: "Hidden size.") var hidden: Int
    func run() throws { Output.text(try CalcRecurrent.describe(.gru, input: input, hidden: hidden), terminator: "") }
}
