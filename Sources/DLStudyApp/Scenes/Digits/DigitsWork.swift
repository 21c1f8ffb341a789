import DLEngine

/// Training a digits scene has begun and not yet shown: new runs getting their first point, or the
/// steps timer ticks (and `s`) owe each run. Done all at once or, in the app, a bounded slice per
/// tick; shown only once complete, so every frame shows what the scene showed when each tick trained
/// at once.
struct DigitsWork: Sendable {
    /// Budget units per slice in the app (`DigitsLiveRun.advance`): one mini-batch (which is never
    /// split), or 48 digits classified.
    static let unitsPerSlice = 48
    var runs: [DigitsLiveRun]
    /// Steps still owed, per run.
    var stepsLeft: [Int]

    /// True when every run has its first point (or failed) and owes no step.
    var isDone: Bool { runs.indices.allSatisfy { (runs[$0].isReady || runs[$0].failure != nil) && stepsLeft[$0] == 0 } }

    /// Works on the runs in order while `budget` lasts.
    mutating func advance(budget: Int) {
        var left = budget
        for k in runs.indices {
            while left > 0, !runs[k].isReady && runs[k].failure == nil || stepsLeft[k] > 0 {
                let starting = !runs[k].isReady
                if runs[k].advance(budget: &left), !starting { stepsLeft[k] -= 1 }
            }
        }
    }
}

/// A digits scene whose training is `DigitsWork`: the runs it shows, replaced when the work is done.
protocol DigitsTrainingScene: LessonScene {
    var work: DigitsWork? { get set }
    /// The runs shown (in `DigitsWork.runs` order).
    var shownRuns: [DigitsLiveRun] { get }
    /// Shows the runs the work completed.
    mutating func show(_ runs: [DigitsLiveRun])
}

extension DigitsTrainingScene {
    var hasPendingWork: Bool { work != nil }

    mutating func finishWork() {
        while work != nil { advanceWork(budget: .max) }
    }

    /// One slice of the work or, once it is done, the slice that shows its runs (a slice of its own, so
    /// no frame pays for the last batch and the redraw together).
    mutating func advanceWork(budget: Int = DigitsWork.unitsPerSlice) {
        guard var w = work else { return }
        if w.isDone {
            work = nil
            show(w.runs)
            return
        }
        w.advance(budget: budget)
        work = w
    }

    /// The first slice of work a tick begins in the app, or all of it without `boundsWork`.
    mutating func workOnTick() { if boundsWork { advanceWork() } else { finishWork() } }

    /// `steps` more steps of each run (of the runs coming, during a restart): begun here, done by the
    /// ticks in the app, at once otherwise.
    mutating func train(steps: Int) {
        var w = work ?? DigitsWork(runs: shownRuns, stepsLeft: shownRuns.map { _ in 0 })
        w.stepsLeft = w.stepsLeft.map { $0 + steps }
        work = w
        if !boundsWork { finishWork() }
    }

    /// Starts `runs` afresh: shown once their first points are in.
    mutating func start(_ runs: [DigitsLiveRun]) {
        work = DigitsWork(runs: runs, stepsLeft: runs.map { _ in 0 })
        if !boundsWork { finishWork() }
    }

    /// The runs coming: the work's during a restart, else the ones shown.
    var comingRuns: [DigitsLiveRun] { work?.runs ?? shownRuns }
}
