import ArgumentParser
import DLEngine
import Foundation

/// `dlstudy compute`: one JSON request (stdin or --file) in, one JSON result out, as torch.nn.functional.
struct ComputeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compute",
        abstract: "Run one engine op from a JSON request and print the JSON result.",
        discussion: """
            Ops and argument names follow torch.nn.functional: conv2d, conv_transpose2d, max_pool2d, \
            avg_pool2d, adaptive_avg_pool2d, roi_pool (torchvision), rnn, lstm, gru, relu, sigmoid, tanh, \
            softmax, linear, matmul, add, cat, flatten, cross_entropy. With grad_output, conv2d, \
            conv_transpose2d, max_pool2d, avg_pool2d, linear, relu, sigmoid and tanh also return \
            grad_input (and grad_weight, grad_bias) as torch.autograd. Tensors are nested lists in PyTorch layout. \
            See docs/compute.md for examples.
            """
    )

    @Option(name: .long, parsing: .unconditional, help: ArgumentHelp("Read the request from this file instead of stdin.", valueName: "F"))
    var file: String?

    func run() throws {
        let data: Data
        if let file {
            guard let d = FileManager.default.contents(atPath: file) else {
                Self.fail("cannot read request file '\(file)'")
            }
            data = d
        } else {
            data = FileHandle.standardInput.readDataToEndOfFile()
        }
        switch ComputeService.respond(to: data) {
        case .success(let result):
            FileHandle.standardOutput.write(result)
            FileHandle.standardOutput.write(Data("\n".utf8))
        case .failure(let error):
            Self.fail("\(file ?? "standard input"): \(error.message)")
        }
    }

    private static func fail(_ message: String) -> Never {
        printError("error: \(message)")
        Foundation.exit(1)
    }
}
