import Foundation

extension ContentLoader {
    /// The notes' figures files among `files`, parsed (diagnostics appended), by folder.
    static func parseNotesFigures(_ files: [File], root: String, diagnostics: inout [Diagnostic]) -> NotesFiguresByFolder {
        var found = NotesFiguresByFolder()
        for file in files where NotesFigures.isFigures(file.path) {
            let display = displayPath(file.path, root: root)
            guard let text = text(of: file, display: display, diagnostics: &diagnostics) else { continue }
            let (figures, problems) = NotesFigureParser.parse(text, file: display)
            diagnostics += problems
            found.add(figures, folder: (file.path as NSString).deletingLastPathComponent)
        }
        return found
    }

    /// `files` plus the notes' figures file of each listed file's folder, when it exists and is not
    /// listed (so `dlstudy check Lessons/l4-parameters.yaml` sees the figures its scene shows).
    static func withNotesFigures(_ files: [String]) -> [String] {
        var out = files
        var folders: [String] = []
        for file in files {
            let folder = (file as NSString).deletingLastPathComponent
            if !folders.contains(folder) { folders.append(folder) }
        }
        for folder in folders {
            let path = (folder as NSString).appendingPathComponent(NotesFigures.fileName)
            if !out.contains(path), FileManager.default.fileExists(atPath: path) { out.append(path) }
        }
        return out
    }
}

/// The notes' figures loaded, each with the folder it came from: a lesson uses the figures of its
/// own folder (`Lessons/notes-figures.yaml` beside `Lessons/<id>.yaml`).
struct NotesFiguresByFolder {
    private var entries: [(folder: String, figures: NotesFigures)] = []

    mutating func add(_ figures: NotesFigures, folder: String) { entries.append((folder, figures)) }

    /// The figures beside the file at `path` (empty when its folder has none).
    func beside(_ path: String) -> NotesFigures {
        let folder = (path as NSString).deletingLastPathComponent
        return entries.first { $0.folder == folder }?.figures ?? .empty
    }

    /// The first figures loaded (a content root has one file), or empty.
    var first: NotesFigures { entries.first?.figures ?? .empty }
}
