import DLContent

/// Turns `dlstudy quiz`'s choices into a `QuizPlan`, checking each against the syllabus and the
/// generators; an unknown one prints the valid values and exits 2.
enum QuizFilters {
    static func plan(lecture: Int?, concepts: [String], source: String?, generated: Bool, drills: [String],
                     difficulty: String?, mixed: Bool, seed: UInt64, count: Int?) throws -> QuizPlan {
        try validate(lecture: lecture, concepts: concepts)
        if let source, source != "lecture-quiz" { throw usageError("unknown --source '\(source)'; valid sources: lecture-quiz") }
        let level = try difficulty.map { name in
            guard let d = DrillDifficulty(rawValue: name) else {
                throw usageError("unknown --difficulty '\(name)'; valid difficulties: \(DrillDifficulty.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            return d
        } ?? .lecture
        let kinds = try drills.map { name in
            guard let kind = DrillKind(rawValue: name) else {
                throw usageError("unknown --drill '\(name)'; valid drills: \(DrillKind.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            return kind
        }
        let choices = [generated || !kinds.isEmpty, mixed, source != nil].filter { $0 }.count
        if choices > 1 { throw usageError("choose one of --generated/--drill, --mixed and --source") }
        if (mixed || !kinds.isEmpty) && (lecture != nil || !concepts.isEmpty) {
            throw usageError("--mixed and --drill take no --lecture or --concept")
        }
        if source != nil && !concepts.isEmpty { throw usageError("--source takes --lecture, not --concept") }
        if difficulty != nil && !(generated || !kinds.isEmpty) { throw usageError("--difficulty applies to drills (--generated or --drill)") }
        let chosen: QuizPlan.Source
        if !kinds.isEmpty {
            chosen = .drills(kinds, level)
        } else if generated {
            chosen = .drills(try drillKinds(lecture: lecture, concepts: concepts), level)
        } else if mixed {
            chosen = .mixed
        } else if !concepts.isEmpty {
            if lecture != nil { throw usageError("choose --lecture or --concept, not both") }
            chosen = .concepts(concepts)
        } else {
            chosen = .bank(lecture: lecture, lectureQuiz: source != nil)
        }
        return QuizPlan(chosen, seed: seed, count: count)
    }

    static func validate(lecture: Int?, concepts: [String]) throws {
        if let lecture, !Syllabus.lectures.contains(where: { $0.number == lecture }) {
            let valid = Syllabus.lectures.map { String($0.number) }.joined(separator: ", ")
            throw usageError("unknown lecture \(lecture); valid lectures: \(valid)")
        }
        for concept in concepts where Syllabus.concept(concept) == nil {
            let close = ContentIDs.closest(concept, among: Syllabus.concepts.map(\.id))
            let hint = close.isEmpty ? "" : " (did you mean: \(close.joined(separator: ", "))?)"
            printError("error: unknown concept '\(concept)'\(hint); valid concepts:")
            for lecture in Syllabus.lectures {
                let ids = Syllabus.concepts.filter { $0.lecture == lecture.number }.map(\.id)
                printError("  L\(lecture.number): \(ids.joined(separator: " "))")
            }
            throw ExitCodeError.usage
        }
    }

    /// Drill kinds matching the filters; exits 2 listing the concepts that have drills when none do.
    static func drillKinds(lecture: Int?, concepts: [String]) throws -> [DrillKind] {
        let kinds = DrillKind.allCases.filter { kind in
            (lecture.map { kind.lecture == $0 } ?? true) && (concepts.isEmpty || concepts.contains(kind.concept))
        }
        if kinds.isEmpty {
            let ids = DrillKind.allCases.map { "\($0.concept) (L\($0.lecture))" }
            throw usageError("no generated drills for that choice; drills exist for: \(ids.joined(separator: ", "))")
        }
        return kinds
    }
}
