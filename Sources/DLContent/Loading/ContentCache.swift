import Foundation

/// The content overview cached in the data folder, so the home screen draws without parsing any
/// content. It can never be stale: it is used only when its key — the binary's version and every
/// content file's path, size and FNV-1a hash — is exactly that of this start; a damaged or foreign
/// cache file is ignored and written anew.
///
/// The file is plain lines of tab-separated fields (`key`, `lesson`, `item`, `broken`, then `end`),
/// read without a JSON decoder: decoding is a measurable part of a 5 ms start.
struct ContentCache {
    static let fileName = "content-overview.tsv"
    let directory: String

    var path: String { (directory as NSString).appendingPathComponent(Self.fileName) }

    /// The key of a set of content files read by a given binary.
    static func key(files: [ContentLoader.File], root: String, binaryVersion: String) -> String {
        var key = "dlstudy-content-overview 2\nbinary \(binaryVersion)\n"
        for file in files {
            let name = ContentLoader.displayPath(file.path, root: root)
            if let data = file.data {
                key += "\(name) \(data.count) \(String(fnv1a(data), radix: 16))\n"
            } else {
                key += "\(name) unreadable\n"
            }
        }
        return key
    }

    /// The cached overview when the cache file is intact and made for `key`, else nil.
    func overview(for key: String) -> ContentOverview? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return Self.decode(String(decoding: data, as: UTF8.self), key: key)
    }

    /// Writes the overview for `key` (atomically: a crash leaves the old file or the new one).
    /// A data folder that cannot be written only costs the next start its speed, so a failure here
    /// is not reported.
    func store(_ overview: ContentOverview, for key: String) {
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            try Data(Self.encode(overview, key: key).utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            return
        }
    }

    static func encode(_ overview: ContentOverview, key: String) -> String {
        var lines = [["key", key]]
        for l in overview.lessons {
            lines.append(["lesson", l.id, "\(l.lecture)", "\(l.order)", l.title.en, l.title.ko, "\(l.pageCount)", l.file] + l.concepts)
        }
        for item in overview.quizItems {
            lines.append(["item", item.id, "\(item.lecture)"] + item.concepts)
        }
        for file in overview.brokenFiles { lines.append(["broken", file]) }
        lines.append(["end"])
        return lines.map { $0.map(escape).joined(separator: "\t") }.joined(separator: "\n") + "\n"
    }

    static func decode(_ text: String, key: String) -> ContentOverview? {
        var lessons: [LessonOverview] = [], items: [QuizItemOverview] = [], broken: [String] = []
        var keyMatches = false, ended = false
        // Split as bytes (tab and newline are ASCII; splitting characters was most of the read).
        for line in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            if ended { guard line.isEmpty else { return nil }; continue }
            let f = line.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false).map(unescape)
            switch f.first {
            case "key" where f.count == 2:
                guard f[1] == key else { return nil }
                keyMatches = true
            case "lesson" where f.count >= 8 && keyMatches:
                guard let lecture = Int(f[2]), let order = Int(f[3]), let pages = Int(f[6]) else { return nil }
                lessons.append(LessonOverview(id: f[1], lecture: lecture, order: order,
                                                       title: LocalizedText(en: f[4], ko: f[5]),
                                                       concepts: Array(f[8...]), pageCount: pages, file: f[7]))
            case "item" where f.count >= 3 && keyMatches:
                guard let lecture = Int(f[2]) else { return nil }
                items.append(QuizItemOverview(id: f[1], lecture: lecture, concepts: Array(f[3...])))
            case "broken" where f.count == 2 && keyMatches:
                broken.append(f[1])
            case "end" where f.count == 1 && keyMatches:
                ended = true
            default:
                return nil
            }
        }
        return ended ? ContentOverview(lessons: lessons, quizItems: items, brokenFiles: broken) : nil
    }

    /// A field with `\`, tab, carriage return and newline written as `\\`, `\t`, `\r`, `\n`.
    /// On UTF-8 bytes: the four are ASCII, and no byte of a multi-byte character is below 0x80.
    static func escape(_ field: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(field.utf8.count)
        for byte in field.utf8 {
            switch byte {
            case UInt8(ascii: "\\"): out.append(UInt8(ascii: "\\")); out.append(UInt8(ascii: "\\"))
            case UInt8(ascii: "\t"): out.append(UInt8(ascii: "\\")); out.append(UInt8(ascii: "t"))
            case UInt8(ascii: "\n"): out.append(UInt8(ascii: "\\")); out.append(UInt8(ascii: "n"))
            case UInt8(ascii: "\r"): out.append(UInt8(ascii: "\\")); out.append(UInt8(ascii: "r"))
            default: out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The field `escape` wrote (read as bytes: reading the long key line scalar by scalar cost 6 %
    /// of a cached start's instructions).
    static func unescape(_ bytes: Substring.UTF8View.SubSequence) -> String {
        guard bytes.contains(UInt8(ascii: "\\")) else { return String(Substring(bytes)) }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var escaped = false
        for byte in bytes {
            if escaped {
                switch byte {
                case UInt8(ascii: "t"): out.append(UInt8(ascii: "\t"))
                case UInt8(ascii: "n"): out.append(UInt8(ascii: "\n"))
                case UInt8(ascii: "r"): out.append(UInt8(ascii: "\r"))
                default: out.append(byte)
                }
                escaped = false
            } else if byte == UInt8(ascii: "\\") {
                escaped = true
            } else {
                out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// 64-bit FNV-1a of the bytes.
    static func fnv1a(_ data: Data) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        data.withUnsafeBytes { bytes in
            for byte in bytes {
                hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
            }
        }
        return hash
    }
}
