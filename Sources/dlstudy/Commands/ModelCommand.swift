import ArgumentParser
import DLContent
import DLEngine
import Foundation

/// `dlstudy model NAME|FILE`: the layer-by-layer architecture table of a built-in model or spec file.
struct ModelCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "model",
        abstract: "Output sizes, parameters, mult-adds and receptive fields, layer by layer.",
        discussion: """
        NAME is a built-in model: alexnet, vgg11, vgg16, vgg19, googlenet, resnet18, resnet34, resnet50, \
        densenet121, mobilenet_v2 (exactly as torchvision defines them with weights=None; totals equal \
        torchvision's), alexnet-2012 (the paper's two-GPU network, 96-256-384-384-256 channels, grouped \
        conv2/4/5, input 3×227×227), and the small lesson networks lenet5, conv-example, two-3x3, one-5x5. \
        FILE is a network spec (YAML, see docs/model-spec.md).

        torchvision's ResNet-50 is "v1.5": the stride-2 sits in the 3×3 conv of each bottleneck rather \
        than in the first 1×1, which changes its receptive field (427) from the published TF-Slim v1 one.
        GoogLeNet is shown without its auxiliary classifiers; --aux adds them.

        Params count weights and biases (batch norm: 2·C, its running statistics are buffers). \
        Mult-adds count one multiply-add as 1 for conv and linear layers (torchvision's "GFLOPS" are in \
        effect mult-adds; some papers count 2). RF, Stride and Padding are the receptive field, effective \
        stride (jump) and effective padding of the main path; at a block (concat, residual add) they are \
        the union of the branches' footprints, which is the main path's when the other branches lie \
        inside it (true for every built-in model). * marks the last feature layer.
        """
    )

    @Argument(help: "A built-in model name or a spec file.")
    var model: String

    @Option(parsing: .unconditional, help: "Input size C×H×W, e.g. 3x224x224 (default: the model's own).")
    var input: String?

    @Flag(help: "Print JSON instead of the table.")
    var json = false

    @Flag(help: "Show parameters without bias terms in the Params column and JSON.")
    var noBias = false

    @Flag(help: "Full digits instead of abbreviations such as 1.2M (the table may exceed 80 columns).")
    var exact = false

    @Flag(help: "GoogLeNet: include the two auxiliary classifiers.")
    var aux = false

    func run() throws {
        var network: Network
        var spec: ModelSpecParser.Spec?
        if let builtin = ModelCatalog.model(named: model, auxiliary: aux) {
            network = builtin
        } else if FileManager.default.fileExists(atPath: model) {
            guard let text = try? String(contentsOfFile: model, encoding: .utf8) else {
                throw usageError("cannot read \(model)")
            }
            let name = URL(fileURLWithPath: model).deletingPathExtension().lastPathComponent
            do {
                spec = try ModelSpecParser.parse(text, file: model, defaultName: name)
            } catch {
                throw CalcSupport.invalid("\(error)")
            }
            network = spec?.network ?? Network(name: name, input: .flat(1), layers: [])
        } else if model.contains("/") || model.hasSuffix(".yaml") || model.hasSuffix(".yml") {
            throw usageError("cannot read \(model): no such file")
        } else {
            throw usageError("unknown model '\(model)' (did you mean '\(ModelCatalog.closest(to: model))'?); "
                + "models: \(ModelCatalog.names.joined(separator: ", ")), or a spec file")
        }
        if let input {
            network = network.withInput(try CalcSupport.shape(input, option: "--input", order: .chw))
            spec?.network = network
        }
        let report: NetworkReport
        if let spec {
            do { report = try spec.analyze() } catch { throw CalcSupport.invalid("\(error)") }
        } else {
            do { report = try network.analyze() } catch { throw CalcSupport.invalid("\(network.name): \(error)") }
        }
        if json {
            Output.json(ModelReportRenderer.json(report, withoutBias: noBias).serialized)
        } else {
            Output.text(ModelReportRenderer.table(report, .init(exact: exact, withoutBias: noBias)), terminator: "")
        }
    }
}
