import DLEngine
import Foundation

/// The text of `dlstudy train`: header, one line per epoch, a progress bar on a terminal, the summary.
enum TrainReport {
    static func percent(_ x: Double) -> String { NumberFormat.decimal(100 * x, digits: 1) + "%" }

    static func header(_ t: DigitsTrainer) -> String {
        let c = t.config
        let channels: Int
        if case .cnn(let n) = c.architecture { channels = n } else { channels = 0 }
        return "digits CNN: conv 1→\(channels) 3×3 → ReLU → max-pool 2 → linear \(channels * 16)→10 "
            + "(\(NumberFormat.grouped(c.architecture.parameterCount)) parameters); \(c.optimizer.rawValue) lr \(c.learningRate), "
            + "batch \(c.batchSize), seed \(c.seed); \(t.dataset.trainIndices.count) training / \(t.dataset.testIndices.count) test digits"
    }

    static func line(_ r: DigitsEpochRecord, of epochs: Int) -> String {
        let width = String(epochs).count
        let n = String(repeating: " ", count: width - String(r.epoch).count) + String(r.epoch)
        return "epoch \(n)/\(epochs)  loss \(NumberFormat.decimal(r.loss, digits: 4))  train \(percent(r.trainAccuracy))  test \(percent(r.testAccuracy))"
    }

    static func summary(_ t: DigitsTrainer) throws(EngineError) -> String {
        let test = t.dataset.testIndices
        let correct = zip(try t.predictions(test), test).filter { $0 == t.dataset.labels[$1] }.count
        return "test accuracy \(percent(Double(correct) / Double(test.count))) (\(correct) of \(test.count) digits)"
    }

    /// `epoch 3/10 [########............]  41%`, redrawn in place.
    static func drawBar(_ t: DigitsTrainer, of epochs: Int) {
        let (epoch, done) = t.epochInProgress
        let fraction = Double(done) / Double(t.samplesPerEpoch)
        let filled = Int(fraction * 30)
        let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: 30 - filled)
        let text = "\repoch \(epoch)/\(epochs) [\(bar)] \(Int(fraction * 100))%"
        print(text, terminator: "")
        fflush(nil)
    }

    static func clearBar() {
        print("\r" + String(repeating: " ", count: 60) + "\r", terminator: "")
    }
}
