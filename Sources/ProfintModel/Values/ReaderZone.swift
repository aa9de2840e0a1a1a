import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The time zone a report's reader is in, as much of it as a report needs: the offset from UTC
/// at an instant (see ``LocalTime``).
///
/// ``local`` asks the C library, as `date` does: the zone the `TZ` variable names (an IANA name
/// such as `Europe/Rome`, or a whole POSIX rule such as `CET-1CEST,M3.5.0,M10.5.0/3`), else the
/// machine's (`/etc/localtime`). Foundation's `TimeZone.current` reads the same, but copies the whole
/// environment to do so (a fortieth of a headless run's instructions).
public struct ReaderZone: Sendable {
    private let offset: @Sendable (Date) -> Int

    /// A zone from Foundation's: for a named zone (`TimeZone(identifier: "Asia/Tokyo")`).
    public init(_ zone: TimeZone) {
        offset = { zone.secondsFromGMT(for: $0) }
    }

    private init(offset: @escaping @Sendable (Date) -> Int) {
        self.offset = offset
    }

    /// The process's zone: `TZ`, else the machine's.
    public static let local: ReaderZone = {
        tzset()   // POSIX leaves it to localtime_r whether TZ is read: read it once, here.
        return ReaderZone { date in
            guard var seconds = time_t(exactly: date.timeIntervalSince1970.rounded(.down)) else { return 0 }
            var broken = tm()
            guard localtime_r(&seconds, &broken) != nil else { return 0 }
            return Int(broken.tm_gmtoff)
        }
    }()

    /// Seconds east of UTC at `date` (summer time included).
    public func secondsFromGMT(for date: Date) -> Int { offset(date) }
}
