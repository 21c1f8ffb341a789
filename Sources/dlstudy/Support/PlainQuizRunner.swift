import DLContent
import DLStudyApp
import Foundation
import Store

/// Plain-mode quiz: prints each question on stdout, reads one answer per line from stdin, prints
/// feedback, stores every answer as it is given, and ends with `score: X/Y`.
enum PlainQuizRunner {
    static func run(_ items: [QuizItem], seed: UInt64?, store: StudyStore, context: Context) throws {
        let text = QuizText(language: context.language, evaluate: CalcEvaluator.placeholder)
        if let seed { Output.text("seed: \(seed)") }
        var session = QuizSession(items: items, title: LocalizedText(en: "Quiz", ko: "퀴즈"), seed: seed, now: Date().timeIntervalSince1970)
        var failed = false
        questions: while let item = session.current {
            Output.text(PlainQuiz.question(item, number: session.index + 1, of: items.count, text: text), terminator: "")
            flush()
            while true {
                guard let line = readLine() else {
                    printError("dlstudy: input ended after \(session.results.count) of \(items.count) questions")
                    break questions
                }
                switch QuizResponse.parse(line, for: item) {
                case .failure(let problem):
                    Output.text("? " + problem.message.text(context.language))
                    flush()
                case .success(let response):
                    guard let record = session.answer(response, now: Date().timeIntervalSince1970) else { break questions }
                    do {
                        try store.record(record, schedule: QuizSession.isScheduled(item))
                    } catch {
                        printError("error: could not save the answer in \(store.path): \(error)")
                        failed = true
                    }
                    Output.text(PlainQuiz.feedback(item, correct: record.correct, text: text), terminator: "")
                    flush()
                    session.advance(now: Date().timeIntervalSince1970)
                    continue questions
                }
            }
        }
        Output.text(PlainQuiz.summary(session.summary, text: text), terminator: "")
        flush()
        if failed { throw ExitCodeError.failure }
    }

    static func flush() { fflush(nil) }
}
