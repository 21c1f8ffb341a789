extension SceneParamReader {
    /// The notes' figures `ids` from the content the page was loaded with (`SceneSpec.figures`), in
    /// order. A missing one is reported (once, when no figures file was loaded at all) and stands in
    /// as an empty figure, so the scene is refused with the problem rather than shown without it.
    public mutating func figures(_ ids: [String]) -> [NotesFigure] {
        let table = spec.figures
        guard !table.all.isEmpty else {
            report("needs the notes' figures (\(ids.joined(separator: ", "))) from Lessons/\(NotesFigures.fileName), and none are loaded")
            return ids.map(NotesFigure.missing)
        }
        return ids.map { id in
            if let figure = table.figure(id) { return figure }
            report("no notes figure '\(id)' in \(table.file)\(ContentIDs.suggestion(id, among: table.all.map(\.id)))")
            return NotesFigure.missing(id)
        }
    }
}
