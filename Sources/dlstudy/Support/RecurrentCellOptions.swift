import ArgumentParser
import DLContent
import DLEngine
import DLStudyApp
import Foundation

/// Options shared by `dlstudy lstm`, `gru` and `rnn`: the numbers of one cell run.
struct RecurrentCellOptions: ParsableArguments {
    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp("Input sequence, T×I: steps split by ';', numbers by spaces (e.g. \"1; 0.5; -1\").", valueName: "ROWS"))
    var input: String = "1; 0.5; -1"

    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp("Hidden size H (with --seed; ignored with --weights).", valueName: "H"))
    var hidden: Int = 2

    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp("Weights as JSON in PyTorch's layout: weight_ih, weight_hh, bias_ih, bias_hh (also the _l0 names of a state_dict).", valueName: "F"))
    var weights: String?

    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp("Seed of the random initialisation (uniform in ±1/√H, as PyTorch's default).", valueName: "S"))
    var seed: UInt64 = 0

    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp("Initial hidden state h0 (H numbers; default zeros).", valueName: "V"))
    var h0: String?

    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp("Initial cell state c0 (LSTM only; H numbers; default zeros).", valueName: "V"))
    var c0: String?

    @Flag(name: .long, help: "Print every step and gate as text instead of opening the stepper.")
    var plain = false

    @Flag(name: .long, help: "Print the run (and the weights used) as JSON.")
    var json = false
}

/// Runs one recurrent-cell command: builds the setup from the options, then prints or opens it.
enum RecurrentCellCommand {
    static func run(_ kind: RecurrentKind, _ o: RecurrentCellOptions, global: GlobalOptions) throws {
        let setup = try makeSetup(kind, o)
        let run: RecurrentRun
        do { run = try setup.run() } catch { throw usageError(error.message) }
        if o.json {
            Output.json(RecurrentCellJSON.document(run, weights: setup.weights).serialized)
            return
        }
        if o.plain {
            let context = SceneCommandOutput.plainContext(global, language: global.language)
            SceneCommandOutput.print(RecurrentPlain.lines(run, weights: setup.weights, context: context))
            return
        }
        try SceneCommandOutput.openLesson(command: "dlstudy \(kind.rawValue)", global: global) {
            guard let lesson = RecurrentCellPage.lesson(kind) else { throw ExitCodeError.failure }
            var viewer = LessonViewerState(lesson: lesson, page: 0)
            viewer.scene = kind == .rnn ? UnrolledRNNScene(setup: setup) : GateFlowScene(setup: setup)
            return viewer
        }
    }

    static func makeSetup(_ kind: RecurrentKind, _ o: RecurrentCellOptions) throws -> RecurrentSetup {
        let input: [[Double]]
        switch MatrixText.parse(o.input, name: "--input") {
        case .success(let rows): input = rows
        case .failure(let e): throw usageError(e.message)
        }
        guard input.count <= 200 else { throw usageError("--input: at most 200 steps, got \(input.count)") }
        let weights: RecurrentWeights
        if let path = o.weights {
            weights = try loadWeights(kind, path: path)
        } else {
            guard (1...64).contains(o.hidden) else { throw usageError(RangeMessage.wholeNumber("--hidden", 1...64, got: o.hidden)) }
            guard let I = input.first?.count, I <= 64 else { throw usageError("--input: at most 64 numbers per step") }
            do { weights = try SeededWeights.make(kind, inputSize: I, hiddenSize: o.hidden, seed: o.seed) } catch { throw usageError(error.message) }
        }
        if let I = input.first?.count, I != weights.inputSize {
            throw usageError("--input has \(I) number\(I == 1 ? "" : "s") per step but the weights expect input size \(weights.inputSize)")
        }
        func vector(_ text: String?, _ name: String) throws -> [Double]? {
            guard let text else { return nil }
            switch MatrixText.parse(text, name: "--\(name)") {
            case .success(let rows):
                let v = rows.flatMap { $0 }
                guard v.count == weights.hiddenSize else { throw usageError("--\(name) needs \(weights.hiddenSize) numbers (hidden size), got \(v.count)") }
                return v
            case .failure(let e): throw usageError(e.message)
            }
        }
        if o.c0 != nil, kind != .lstm { throw usageError("--c0 is only for lstm") }
        return RecurrentSetup(weights: weights, input: input, h0: try vector(o.h0, "h0"), c0: try vector(o.c0, "c0"))
    }

    /// Reads a weights file through the compute request parser, so its checks and messages apply.
    static func loadWeights(_ kind: RecurrentKind, path: String) throws -> RecurrentWeights {
        guard let data = FileManager.default.contents(atPath: path) else { throw usageError("cannot read weights file '\(path)'") }
        let json: JSONValue
        do { json = try JSONValue.parse(data) } catch { throw usageError("\(path): \(error.message)") }
        guard case .object(var fields) = json else { throw usageError("\(path): weights must be a JSON object with weight_ih, weight_hh, bias_ih, bias_hh") }
        for name in ["weight_ih", "weight_hh", "bias_ih", "bias_hh"] {
            if let v = fields.removeValue(forKey: name + "_l0") { fields[name] = v }
        }
        fields["op"] = .string(kind.rawValue)
        // A one-step probe input of the right width: the parser then checks only the weights.
        fields["input"] = .array([.array(Array(repeating: .number(0), count: inputWidth(fields)))])
        do {
            if case .recurrent(let w, _, _, _, _, _) = try ComputeRequest.parse(.object(fields)) { return w }
        } catch {
            throw usageError("\(path): \(error.message)")
        }
        throw usageError("\(path): not usable as \(kind.rawValue) weights")
    }

    /// Columns of weight_ih in the file (1 when unreadable, so the parser reports the real problem).
    static func inputWidth(_ fields: [String: JSONValue]) -> Int {
        if case .array(let rows)? = fields["weight_ih"], case .array(let first)? = rows.first { return max(1, first.count) }
        return 1
    }
}
