import DLEngine
import Foundation

/// One epoch of the long-memory task (LSTM, T = 40, H = 8, 1000 training + 500 test sequences,
/// mini-batches of 32, Adam) in the engine and, when torch is importable, in torch (float64, CPU,
/// 1 thread), same sizes and steps; prints both and their ratio (goal ≤ 1.0).
func runSequenceBench() throws {
    let config = SequenceTrainingConfig(cell: .lstm, length: 40, epochs: 1)
    print("\nlong-memory task, one epoch: LSTM T = 40, H = 8, 1000 train + 500 test sequences, batch 32, Adam (float64)")
    let engineMs = try medianMilliseconds(runs: 3) {
        var trainer = SequenceTrainer(config)
        try trainer.run()
    }
    print(String(format: "  engine (SequenceTrainer)       %9.1f ms", engineMs))
    guard let torchMs = torchSequenceEpochMilliseconds() else {
        print("  torch not importable: no ratio (pip install torch==2.13.0)")
        return
    }
    print(String(format: "  torch nn.LSTM (1 thread)       %9.1f ms", torchMs))
    print(String(format: "  ratio engine / torch = %.2f (goal ≤ 1.0)", engineMs / torchMs))
}

/// The same epoch in torch: batched nn.LSTM + nn.Linear, cross_entropy, Adam; median of 3 runs.
func torchSequenceEpochMilliseconds() -> Double? {
    let script = """
        import time, statistics
        import torch
        torch.set_num_threads(1)
        D = torch.float64
        def epoch():
            g = torch.Generator().manual_seed(1)
            def data(n):
                bit = torch.randint(0, 2, (n,), generator=g)
                x = (torch.rand(n, 40, 1, generator=g, dtype=D) - 0.5)
                x[:, 0, 0] = bit.to(D) * 2 - 1
                return x, bit
            xtr, ytr = data(1000); xte, yte = data(500)
            m = torch.nn.LSTM(1, 8, batch_first=True).to(D); ro = torch.nn.Linear(8, 2).to(D)
            opt = torch.optim.Adam(list(m.parameters()) + list(ro.parameters()), lr=0.003)
            perm = torch.randperm(1000, generator=g)
            for b in range(0, 1000, 32):
                idx = perm[b:b + 32]
                out, _ = m(xtr[idx])
                loss = torch.nn.functional.cross_entropy(ro(out[:, -1]), ytr[idx])
                opt.zero_grad(); loss.backward(); opt.step()
            with torch.no_grad():
                out, _ = m(xte); (ro(out[:, -1]).argmax(1) == yte).double().mean().item()
        ts = []
        for _ in range(3):
            t = time.perf_counter(); epoch(); ts.append((time.perf_counter() - t) * 1000)
        print(statistics.median(ts))
        """
    guard let lines = pythonLines(script), let ms = lines.last.flatMap(Double.init) else { return nil }
    return ms
}
