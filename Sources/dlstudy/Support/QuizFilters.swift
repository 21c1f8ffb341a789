import DLContent

/// Checks `--lecture` and `--concept` against the syllabus; an unknown one prints the valid values
/// and exits 2.
enum QuizFilters {
    static func validate(lecture: Int?, concept: String?) throws {
        if let lecture, !Syllabus.lectures.contains(where: { $0.number == lecture }) {
            let valid = Syllabus.lectures.map { String($0.number) }.joined(separator: ", ")
            throw usageError("unknown lecture \(lecture); valid lectures: \(valid)")
        }
        if let concept, Syllabus.concept(concept) == nil {
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
    static func drillKinds(lecture: Int?, concept: String?) throws -> [DrillKind] {
        let kinds = DrillKind.allCases.filter { kind in
            (lecture.map { kind.lecture == $0 } ?? true) && (concept.map { kind.concept == $0 } ?? true)
        }
        if kinds.isEmpty {
            let ids = DrillKind.allCases.map { "\($0.concept) (L\($0.lecture))" }
            throw usageError("no generated drills for that choice; drills exist for: \(ids.joined(separator: ", "))")
        }
        return kinds
    }
}
