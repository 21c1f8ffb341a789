import DLEngine

/// `activation-chain`: the gradient through a stack of sigmoid layers against a stack of ReLU
/// layers, the same one-unit stack `x ← act(x)`: a product of σ′ ≤ 0.25 against a product of 1s.
public struct ActivationChainParams: SceneParameters, Equatable {
    public static let type = "activation-chain"
    public static let summary = LocalizedText(en: "Vanishing gradient: the product of activation slopes through a sigmoid stack and a ReLU stack.",
                                              ko: "vanishing gradient: sigmoid를 쌓은 stack과 ReLU를 쌓은 stack에서 곱해지는 활성화 함수 기울기.")
    public static let depthRange = 2...30
    public static let inputRange = 0.1...4.0
    static let depth = Param.int("depth", depthRange, default: 10, en: "layers in each stack", ko: "stack마다 layer 수")
    static let input = Param.number("input", inputRange, default: 0.5, en: "the positive input x fed to both stacks",
                                    ko: "두 stack에 넣는 양수 입력 x")
    public static let parameters = [depth.info, input.info]

    public var depth: Int, input: Double

    public init(reading r: inout SceneParamReader) { depth = r.int(Self.depth); input = r.number(Self.input) }
}
