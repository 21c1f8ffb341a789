import DLEngine
import Foundation

// One epoch of the digits CNN (conv 1→8 3×3 pad 1, ReLU, max-pool 2, linear 128→10, SGD momentum 0.9,
// lr 0.05, batch 32), then the evaluation of the training and test sets, against torch in the same run
// (CPU, 1 thread, float64 and float32) on the same initial weights and the same batches. Both sides
// count the thread's CPU time (CLOCK_THREAD_CPUTIME_ID, Python's time.thread_time), so other load on
// the machine does not skew the ratio.

/// The calling thread's CPU time in milliseconds.
private func threadMilliseconds() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
    return Double(ts.tv_sec) * 1000 + Double(ts.tv_nsec) / 1e6
}

/// The torch side: reads weights, images, labels, batches and test indices as JSON on stdin, prints
/// one line `float64 <ms> <test accuracy>` and one for float32 (medians of 5 epochs from the same start).
private let torchTrainingScript = """
    import json, sys, time, statistics
    import torch, torch.nn.functional as F
    torch.set_num_threads(1)
    job = json.load(sys.stdin)
    print("torch " + torch.__version__.split("+")[0])
    for dtype, name in [(torch.float64, "float64"), (torch.float32, "float32")]:
        X = torch.tensor(job["images"], dtype=dtype).reshape(-1, 1, 8, 8)
        y = torch.tensor(job["labels"])
        train, test = torch.tensor(job["train"]), torch.tensor(job["test"])
        batches = [torch.tensor(b) for b in job["batches"]]
        times = []
        for run in range(5):
            p = [torch.tensor(job["weights"][k], dtype=dtype).requires_grad_(True) for k in ["conv.weight", "conv.bias", "fc.weight", "fc.bias"]]
            opt = torch.optim.SGD(p, lr=0.05, momentum=0.9)
            net = lambda x: F.linear(torch.flatten(F.max_pool2d(F.relu(F.conv2d(x, p[0], p[1], padding=1)), 2), 1), p[2], p[3])
            t = time.thread_time()
            for b in batches:
                loss = F.cross_entropy(net(X[b]), y[b])
                opt.zero_grad(); loss.backward(); opt.step()
            with torch.no_grad():
                train_acc = (net(X[train]).argmax(1) == y[train]).double().mean().item()
                acc = (net(X[test]).argmax(1) == y[test]).double().mean().item()
            times.append((time.thread_time() - t) * 1000)
        print(name, statistics.median(times), acc)
    """

/// Runs the training benchmark and prints engine and torch times and their ratio.
func runTrainingBenchmark() {
    guard case .success(let dataset) = DigitsDataset.shared else { return print("digits data unavailable") }
    print("")
    print("digits CNN: one epoch (1438 digits, batch 32, SGD momentum) + evaluation, thread CPU time, median of 5 epochs")
    do {
        let config = DigitsTrainingConfig()
        var times: [Double] = []
        var batches: [[Int]] = []
        var first: DigitsTrainer? = nil
        var accuracy = 0.0
        for run in 0..<5 {
            var trainer = try DigitsTrainer(config: config, dataset: dataset)
            if run == 0 { first = trainer }
            let start = threadMilliseconds()
            var record: DigitsEpochRecord? = nil
            while record == nil {
                let step = try trainer.step()
                if run == 0 { batches.append(step.batch) }
                record = step.finishedEpoch
            }
            times.append(threadMilliseconds() - start)
            accuracy = record?.testAccuracy ?? 0
        }
        let engineMs = times.sorted()[times.count / 2]
        print(String(format: "  engine (float64)          %8.2f ms   test accuracy %.4f", engineMs, accuracy))
        guard let start = first, let torch = torchTraining(start, batches: batches) else {
            return print("  torch not importable: no comparison")
        }
        for (name, ms, acc) in torch.runs {
            print(String(format: "  %@ %@ 1 thread  %8.2f ms   test accuracy %.4f", torch.version as NSString, name as NSString, ms, acc))
        }
        for (name, ms, _) in torch.runs {
            print(String(format: "  ratio engine / torch %@ = %.2f", name as NSString, engineMs / ms))
        }
    } catch {
        print("training benchmark failed: \(error)")
    }
}

private func torchTraining(_ t: DigitsTrainer, batches: [[Int]]) -> (version: String, runs: [(String, Double, Double)])? {
    let d = t.dataset
    let ints = { (v: [Int]) in JSONValue.array(v.map { .number(Double($0)) }) }
    var weights: [String: JSONValue] = [:]
    for (name, p) in zip(t.model.architecture.parameterNames, t.model.parameters) { weights[name] = ComputeService.tensor(p) }
    let job: JSONValue = .object([
        "images": .array(d.images.map { .array($0.map { .number($0) }) }), "labels": ints(d.labels),
        "train": ints(d.trainIndices), "test": ints(d.testIndices), "batches": .array(batches.map(ints)),
        "weights": .object(weights),
    ])
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    p.arguments = ["python3", "-c", torchTrainingScript]
    p.environment = ProcessInfo.processInfo.environment.merging(["OMP_NUM_THREADS": "1"]) { $1 }
    let input = Pipe(), out = Pipe()
    p.standardInput = input
    p.standardOutput = out
    p.standardError = FileHandle.nullDevice
    do {
        try p.run()
        input.fileHandleForWriting.write(Data(job.serialized.utf8))
        try input.fileHandleForWriting.close()
    } catch { return nil }
    let data = out.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    let lines = String(decoding: data, as: UTF8.self).split(separator: "\n").map(String.init)
    guard p.terminationStatus == 0, lines.count == 3 else { return nil }
    let runs: [(String, Double, Double)] = lines.dropFirst().compactMap { line in
        let f = line.split(separator: " ")
        guard f.count == 3, let ms = Double(f[1]), let acc = Double(f[2]) else { return nil }
        return (String(f[0]), ms, acc)
    }
    return runs.count == 2 ? (lines[0], runs) : nil
}
