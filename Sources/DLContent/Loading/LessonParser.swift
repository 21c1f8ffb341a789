/// Parses one lesson file (YAML, format in Lessons/README.md) into a `Lesson`, reporting every
/// problem with its line and column. A lesson with problems is still returned when it has an id.
public enum LessonParser {
    static let lessonKeys: Set<String> = ["id", "lecture", "order", "title", "concepts", "pages"]
    static let pageKeys: Set<String> = ["id", "concepts", "title", "body", "scene"]

    /// Parses `text` from `file`; returns the lesson (nil when unusable) and the diagnostics. Scenes
    /// that show the notes' figures take them from `figures`.
    public static func parse(_ text: String, file: String, figures: NotesFigures = .empty) -> (Lesson?, [Diagnostic]) {
        var r = YAMLReader(file: file)
        let root: YAMLNode?
        do {
            root = try YAMLReader.compose(text)
        } catch {
            return (nil, [YAMLErrors.diagnostic(error, text: text, file: file)])
        }
        guard let root, let m = r.mapping(root, "lesson") else {
            r.error("the file is empty: a lesson needs id, lecture, order, title, concepts and pages", at: root)
            return (nil, r.diagnostics)
        }
        r.checkKeys(m, allowed: lessonKeys, in: "lesson")
        let id = r.string(m, "id", in: "lesson") ?? ""
        if !id.isEmpty, !ContentIDs.isValid(id) {
            r.error("lesson id '\(id)' must be lowercase letters, digits and '-'", at: m["id"])
        }
        let lecture = r.int(m, "lecture", in: "lesson") ?? 0
        if lecture != 0, !(4...7).contains(lecture) { r.error("lecture must be 4, 5, 6 or 7, not \(lecture)", at: m["lecture"]) }
        let order = r.int(m, "order", in: "lesson") ?? 0
        let title = r.localized(m, "title", in: "lesson")
        let concepts = r.strings(m, "concepts", in: "lesson")
        for (i, c) in concepts.enumerated() where !Syllabus.contains(c) {
            r.error("unknown concept '\(c)'\(ContentIDs.suggestion(c, among: Syllabus.concepts.map(\.id)))", at: m["concepts"]?.sequence?[i])
        }
        var pages: [LessonPage] = []
        if let pagesNode = m.value(forKey: "pages") {
            if let seq = pagesNode.sequence {
                if seq.isEmpty { r.error("a lesson needs at least one page", at: pagesNode) }
                for (index, pageNode) in seq.enumerated() {
                    if let page = parsePage(pageNode, number: index + 1, figures: figures, reader: &r) { pages.append(page) }
                }
            } else {
                r.error("'pages' must be a list of pages", at: pagesNode)
            }
        } else {
            r.error("lesson: missing 'pages'", at: root)
        }
        var seenPageIDs: Set<String> = []
        for page in pages {
            guard let pid = page.id else { continue }
            if !seenPageIDs.insert(pid).inserted {
                r.diagnostics.append(Diagnostic(file: file, line: page.line, column: 1, message: "duplicate page id '\(pid)'"))
            }
        }
        guard !id.isEmpty else { return (nil, r.diagnostics) }
        let lesson = Lesson(id: id, lecture: lecture, order: order,
                            title: title ?? LocalizedText(en: id, ko: id), concepts: concepts,
                            pages: pages, file: file, titleLine: m["title"]?.mark.line ?? 1)
        return (lesson, r.diagnostics)
    }

    private static func parsePage(_ node: YAMLNode, number: Int, figures: NotesFigures, reader r: inout YAMLReader) -> LessonPage? {
        let what = "page \(number)"
        guard let m = r.mapping(node, what) else { return nil }
        r.checkKeys(m, allowed: pageKeys, in: what)
        let id = r.string(m, "id", in: what, required: false)
        if let id, !ContentIDs.isValid(id) { r.error("\(what): id '\(id)' must be lowercase letters, digits and '-'", at: m["id"]) }
        let concepts = r.strings(m, "concepts", in: what, required: false)
        for c in concepts where !Syllabus.contains(c) {
            r.error("\(what): unknown concept '\(c)'\(ContentIDs.suggestion(c, among: Syllabus.concepts.map(\.id)))", at: m["concepts"])
        }
        let title = r.localized(m, "title", in: what)
        let body = r.localized(m, "body", in: what)
        var scene: SceneSpec?
        if let sceneNode = m.value(forKey: "scene") {
            scene = parseScene(sceneNode, what: what, figures: figures, reader: &r)
        }
        guard let title, let body else { return nil }
        return LessonPage(id: id, concepts: concepts, title: title, body: body, scene: scene,
                          line: node.mark.line, titleLine: m["title"]?.mark.line ?? node.mark.line)
    }

    private static func parseScene(_ node: YAMLNode, what: String, figures: NotesFigures, reader r: inout YAMLReader) -> SceneSpec? {
        guard let m = r.mapping(node, "\(what) scene") else { return nil }
        guard let type = r.string(m, "type", in: "\(what) scene") else { return nil }
        var params: [String: ContentValue] = [:]
        for (k, v) in m {
            guard let key = k.string, key != "type" else { continue }
            params[key] = r.value(v)
        }
        let spec = SceneSpec(type: type, params: params, line: node.mark.line, figures: figures)
        for problem in SceneCatalog.validate(spec) { r.error("\(what) scene '\(type)': \(problem)", at: node) }
        return spec
    }
}
