import DLEngine

/// Work the long-memory scene has begun and not yet shown: a restart (the three trainers, their
/// untrained test accuracy, the analysis) or one timer tick (a mini-batch per unfinished cell, then at
/// an epoch's end the analysis of the new weights). It is shown only once complete, so every frame
/// shows a state the scene reached when each tick and restart was done at once; slicing only bounds
/// how much is done between two frames.
struct LongMemoryWork: Sendable {
    enum Stage: Sendable {
        /// Building the trainer of cell `next`.
        case build(next: Int)
        /// Counting the correct test sequences of `cell`'s untrained model.
        case accuracy(cell: Int, done: Int, right: Int)
        /// One mini-batch of `cell`, then of each later unfinished cell.
        case train(cell: Int)
        /// The gradient profile of `cell`, then of each later cell, then the forget gate.
        case profile(cell: Int, LongMemoryAnalysis.ProfileInProgress)
    }

    /// The T of the run worked on.
    let length: Int
    /// True for a restart (a new run), false for a tick of the run shown.
    let restarting: Bool
    var trainers: [SequenceTrainer]
    var curves: [[Double]]
    var profiles: [[Double]] = []
    var stage: Stage?
    var epochEnded = false

    init(restartAt length: Int) {
        (self.length, restarting, trainers, curves, stage) = (length, true, [], [], .build(next: 0))
    }

    /// One mini-batch of every unfinished cell of the run shown.
    init(tickOf trainers: [SequenceTrainer], curves: [[Double]], length: Int) {
        (self.length, restarting, self.trainers, self.curves) = (length, false, trainers, curves)
        stage = trainers.firstIndex { !$0.isFinished }.map { .train(cell: $0) }
    }
}

extension LongMemoryScene {
    /// Time steps of sequence work per slice in the app: a handful of forward or backward passes
    /// (cost units of `SequenceTrainer.trainSlice`), each unit one pass over T steps.
    static let stepsPerSlice = 200

    /// Does all pending work now and shows the result.
    public mutating func finishWork() {
        while work != nil { advanceWork(budget: .max) }
    }

    /// One slice of the pending work (`stepsPerSlice` time steps' worth).
    mutating func advanceWork() {
        advanceWork(budget: max(1, Self.stepsPerSlice / max(1, work?.length ?? length)))
    }

    /// Does up to `budget` cost units of the pending work (building a trainer takes a whole slice)
    /// or, once it is complete, shows the result (a slice of its own, so no frame pays for the last
    /// work and the redraw together).
    mutating func advanceWork(budget: Int) {
        guard var w = work else { return }
        if w.stage != nil {
            var left = budget
            do {
                while left > 0, let stage = w.stage {
                    w.stage = try Self.advance(&w, stage, seed: seed, budget: &left)
                }
            } catch {
                failure = error.message
                work = nil
                return
            }
            work = w
            return
        }
        trainers = w.trainers
        curves = w.curves
        if w.restarting || w.epochEnded {
            profiles = w.profiles
            if let lstm = w.trainers.first(where: { $0.config.cell == .lstm }) { forgetGates = LongMemoryAnalysis.forgetGates(lstm) }
        }
        if w.restarting {
            length = w.length
            stepT = w.length
            failure = nil
        }
        work = nil
    }

    /// Works on `stage` of `w` while `budget` lasts; the stage to go on with (nil: complete).
    private static func advance(_ w: inout LongMemoryWork, _ stage: LongMemoryWork.Stage, seed: Int,
                                budget: inout Int) throws(EngineError) -> LongMemoryWork.Stage? {
        let count = cells.count
        switch stage {
        case .build(let next):
            w.trainers.append(SequenceTrainer(config(cells[next], length: w.length, seed: seed)))
            budget = 0
            return next + 1 < count ? .build(next: next + 1) : .accuracy(cell: 0, done: 0, right: 0)
        case .accuracy(let cell, let done, let right):
            let trainer = w.trainers[cell], total = trainer.test.count
            let end = done + min(total - done, max(1, budget))
            budget -= end - done
            let sum = right + trainer.testCorrect(done..<end)
            guard end == total else { return .accuracy(cell: cell, done: end, right: sum) }
            w.curves.append([Double(sum) / Double(max(1, total))])
            return cell + 1 < count ? .accuracy(cell: cell + 1, done: 0, right: 0) : .profile(cell: 0, .init(length: w.length))
        case .train(let cell):
            if let epoch = try w.trainers[cell].trainSlice(budget: &budget) {
                w.curves[cell].append(epoch.testAccuracy)
                w.epochEnded = true
            }
            guard !w.trainers[cell].isBatchInProgress else { return stage }
            if let later = w.trainers.indices.first(where: { $0 > cell && !w.trainers[$0].isFinished }) { return .train(cell: later) }
            return w.epochEnded ? .profile(cell: 0, .init(length: w.length)) : nil
        case .profile(let cell, var progress):
            guard let profile = try LongMemoryAnalysis.profileSlice(w.trainers[cell], &progress, budget: &budget) else {
                return .profile(cell: cell, progress)
            }
            w.profiles.append(profile)
            return cell + 1 < count ? .profile(cell: cell + 1, .init(length: w.length)) : nil
        }
    }
}
