import DLEngine

/// `digits-train`: the small CNN trains live on the 8×8 handwritten digits.
public struct DigitsTrainParams: SceneParameters, Equatable {
    public static let type = "digits-train"
    public static let summary = LocalizedText(
        en: "The small CNN trains live on real handwritten digits: curves, the learned 3×3 filters, feature maps, confusion matrix.",
        ko: "작은 CNN이 실제 손글씨 숫자로 눈앞에서 학습해요: 곡선, 학습된 3×3 필터, feature map, 혼동 행렬.")
    /// The filter counts `c` cycles through.
    public enum Channels: String, CaseIterable, Sendable {
        case four = "4", eight = "8", sixteen = "16"
        /// The number of filters.
        public var count: Int { Int(rawValue) ?? 8 }
    }
    /// What the scene shows first.
    public enum View: String, CaseIterable, Sendable { case curves, maps, confusion }
    public static let seedRange = 1...9999, digitRange = 0...358, batchRange = 1...256
    static let channels = Param.choice("channels", default: Channels.eight, en: "number of 3×3 filters", ko: "3×3 필터 개수")
    static let optimizer = Param.choice("optimizer", default: DigitsOptimizerChoice.momentum, en: "the optimiser", ko: "옵티마이저")
    static let batch = Param.int("batch", batchRange, default: 32, en: "mini-batch size", ko: "미니배치 크기")
    static let seed = Param.int("seed", seedRange, default: 1, en: "seed of the initial weights and batch order", ko: "초기 weight와 배치 순서의 seed")
    static let digit = Param.int("digit", digitRange, default: 0, en: "the test digit whose feature maps are shown (0 = first of the test set)", ko: "feature map을 볼 테스트 숫자 (0 = 테스트 세트의 첫 숫자)")
    static let view = Param.choice("view", default: View.curves, en: "the view to open", ko: "처음 보일 화면")
    public static let parameters = [channels.info, optimizer.info, batch.info, seed.info, digit.info, view.info]

    public var channels: Channels, optimizer: DigitsOptimizerChoice, batch: Int, seed: Int, digit: Int, view: View

    public init(reading r: inout SceneParamReader) {
        channels = r.choice(Self.channels); optimizer = r.choice(Self.optimizer); batch = r.int(Self.batch)
        seed = r.int(Self.seed); digit = r.int(Self.digit); view = r.choice(Self.view)
        guard r.problems.isEmpty else { return }
        DigitsSceneCheck.dryRun(&r, DigitsTrainingConfig(architecture: .cnn(channels: channels.count), optimizer: optimizer, batchSize: batch, seed: UInt64(seed)))
    }

    /// The trainer configuration these parameters describe.
    public var config: DigitsTrainingConfig {
        DigitsTrainingConfig(architecture: .cnn(channels: channels.count), optimizer: optimizer, batchSize: batch, seed: UInt64(seed))
    }
}

/// `digits-update`: one weight update of the CNN's first layer, written out with the tape's numbers.
public struct DigitsUpdateParams: SceneParameters, Equatable {
    public static let type = "digits-update"
    public static let summary = LocalizedText(
        en: "One conv weight updated by hand: ∂L/∂w as Σ input × upstream gradient over positions, then w ← w − lr·∂L/∂w.",
        ko: "conv weight 하나를 손으로 업데이트: ∂L/∂w = 위치마다 입력 × 위에서 온 gradient의 합, 그다음 w ← w − lr·∂L/∂w.")
    static let seed = Param.int("seed", DigitsTrainParams.seedRange, default: 1, en: "seed of the initial weights", ko: "초기 weight의 seed")
    static let digit = Param.int("digit", 0...1437, default: 0, en: "the training digit of the one-digit batch", ko: "배치 하나(숫자 하나)로 쓸 학습 숫자")
    static let filter = Param.int("filter", 0...7, default: 0, en: "the filter (output channel) of the weight", ko: "weight가 속한 필터 (출력 채널)")
    static let row = Param.int("row", 0...2, default: 1, en: "kernel row of the weight", ko: "weight의 kernel 행")
    static let column = Param.int("column", 0...2, default: 1, en: "kernel column of the weight", ko: "weight의 kernel 열")
    static let lr = Param.number("lr", 0.001...2, default: 0.1, en: "learning rate", ko: "학습률")
    public static let parameters = [seed.info, digit.info, filter.info, row.info, column.info, lr.info]

    public var seed: Int, digit: Int, filter: Int, row: Int, column: Int, lr: Double

    public init(reading r: inout SceneParamReader) {
        seed = r.int(Self.seed); digit = r.int(Self.digit); filter = r.int(Self.filter)
        row = r.int(Self.row); column = r.int(Self.column); lr = r.number(Self.lr)
        guard r.problems.isEmpty else { return }
        DigitsSceneCheck.dryRun(&r, DigitsTrainingConfig(optimizer: .sgd, learningRate: lr, batchSize: 1, seed: UInt64(seed)))
    }
}

/// `digits-draw`: an 8×8 canvas the (live-trained) CNN classifies.
public struct DigitsDrawParams: SceneParameters, Equatable {
    public static let type = "digits-draw"
    public static let summary = LocalizedText(
        en: "Draw a digit on an 8×8 canvas; the CNN (training in the background) classifies it live, with the ten probabilities.",
        ko: "8×8 캔버스에 숫자를 그리면 (뒤에서 학습 중인) CNN이 바로 분류하고 열 개의 확률을 보여 줘요.")
    static let seed = Param.int("seed", DigitsTrainParams.seedRange, default: 1, en: "seed of the network", ko: "네트워크의 seed")
    static let epochs = Param.int("epochs", 1...10, default: 3, en: "epochs the network trains for (in the background)", ko: "네트워크가 (뒤에서) 학습할 epoch 수")
    static let start = Param.int("start", DigitsTrainParams.digitRange, default: 0, en: "the test digit on the canvas at first", ko: "처음 캔버스에 놓을 테스트 숫자")
    public static let parameters = [seed.info, epochs.info, start.info]

    public var seed: Int, epochs: Int, start: Int

    public init(reading r: inout SceneParamReader) {
        seed = r.int(Self.seed); epochs = r.int(Self.epochs); start = r.int(Self.start)
        guard r.problems.isEmpty else { return }
        DigitsSceneCheck.dryRun(&r, DigitsTrainingConfig(seed: UInt64(seed)))
    }
}

/// `digits-compare`: the CNN and a dense network of similar size train side by side.
public struct DigitsCompareParams: SceneParameters, Equatable {
    public static let type = "digits-compare"
    public static let summary = LocalizedText(
        en: "The CNN and an MLP of similar size train on the same batches: both test-accuracy curves and parameter counts.",
        ko: "CNN과 비슷한 크기의 MLP가 같은 배치로 학습해요: 두 테스트 정확도 곡선과 파라미터 수.")
    static let seed = Param.int("seed", DigitsTrainParams.seedRange, default: 1, en: "seed of both networks", ko: "두 네트워크의 seed")
    static let hidden = Param.int("hidden", 4...64, default: 20, en: "hidden units of the MLP (64 → hidden → 10)", ko: "MLP의 hidden unit 수 (64 → hidden → 10)")
    public static let parameters = [seed.info, hidden.info]

    public var seed: Int, hidden: Int

    public init(reading r: inout SceneParamReader) {
        seed = r.int(Self.seed); hidden = r.int(Self.hidden)
        guard r.problems.isEmpty else { return }
        DigitsSceneCheck.dryRun(&r, DigitsTrainingConfig(architecture: .mlp(hidden: hidden), seed: UInt64(seed)))
    }
}

/// The digits scenes' shared dry run: the data loads and a trainer can start.
enum DigitsSceneCheck {
    static func dryRun(_ r: inout SceneParamReader, _ config: DigitsTrainingConfig) {
        switch DigitsDataset.shared {
        case .failure(let e): r.report(e.message)
        case .success(let d):
            do { _ = try DigitsTrainer(config: config, dataset: d) } catch { r.report(error.message) }
        }
    }
}
