#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The local time zone as the C library sees it (`TZ`, else /etc/localtime — what `date` prints),
/// read without Foundation's `TimeZone`, which loads ICU's zone data (about 1 MiB and 0.9 M
/// instructions on the first frame).
enum LocalTime {
    /// Seconds east of UTC at `time` (seconds since 1970): 32,400 in Seoul, 0 in UTC.
    static func utcOffset(at time: Double) -> Double {
        var seconds = time_t(time.rounded(.down))
        var parts = tm()
        guard localtime_r(&seconds, &parts) != nil else { return 0 }
        return Double(parts.tm_gmtoff)
    }
}
