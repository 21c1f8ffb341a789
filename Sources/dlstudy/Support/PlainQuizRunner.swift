import DLContent
import DLStudyApp
import Foundation
import Store

/// Plain-mode quiz: prints each question on stdout, reads one answer per line from stdin, echoes a
/// rejected answer with the reason, prints feedback, stores every answer as it is given (drills with
/// their numbers), and ends with `score: X/Y`. An endless session ends when the input does.
enum PlainQuizRunner {
    static func run(_ start: QuizSession, store: StudyStore, context: Context) throws {
        let text = QuizText(language: context.language, evaluate: CalcEvaluator.placeholder)
        if let seed = start.seed { Output.text("seed: \(seed)") }
        var session = start
        var failed = false
        questions: while let item = session.current {
            let total = session.isEndless ? "∞" : "\(session.items.count)"
            Output.text(PlainQuiz.question(item, number: session.index + 1, of: total, text: text), terminator: "")
            flush()
            while true {
                guard let line = readLine() else {
                    if !session.isEndless {
                        printError("dlstudy: input ended after \(session.results.count) of \(session.items.count) questions")
                    }
                    break questions
                }
                switch QuizResponse.parse(line, for: item) {
                case .failure(let problem):
                    Output.text("? " + problem.rejection(of: line).text(context.language))
                    flush()
                case .success(let response):
                    guard let record = session.answer(response, now: context.now()) else { break questions }
                    do {
                        try store.record(record, schedule: true)
                    } catch {
                        printError("error: could not save the answer in \(store.path): \(error)")
                        failed = true
                    }
                    Output.text(PlainQuiz.feedback(item, correct: record.correct, text: text), terminator: "")
                    flush()
                    session.advance(now: context.now())
                    continue questions
                }
            }
        }
        var next: LocalizedText?
        do {
            next = DueText.summary(ReviewBoard(items: context.library.quizItems, history: try store.history(), now: context.now()))
        } catch {
            printError("error: cannot read \(store.path) for the next review time: \(error)")
            failed = true
        }
        Output.text(PlainQuiz.summary(session.summary, text: text, next: next), terminator: "")
        flush()
        if failed { throw ExitCodeError.failure }
    }

    static func flush() { fflush(nil) }
}
