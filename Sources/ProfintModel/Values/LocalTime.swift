import Foundation

/// An instant as a reader of a report says it: in their language and time zone, with the zone
/// named by its offset from UTC, e.g. `29 November 2026, 10:20 (UTC+1)` or
/// `29 novembre 2026, 10 h 20 (UTC+1)`. Stored times stay ISO UTC (see ``UTCTime``); this is
/// only how reports show them. The words and the order come from ``Phrases``.
public enum LocalTime {
    /// - Parameter zone: the reader's zone; ``ReaderZone/local`` follows the TZ environment variable.
    public static func text(_ date: Date, language: String, zone: ReaderZone) -> String {
        let offset = zone.secondsFromGMT(for: date)
        let time = UTCTime(date.addingTimeInterval(TimeInterval(offset)))
        let minutes = time.minute < 10 ? "0\(time.minute)" : String(time.minute)
        let clock = Phrases.text("time.clock", language, ["h": String(time.hour), "mm": minutes])
        let day = time.day == 1 ? Phrases.text("time.first day", language) : String(time.day)
        let month = Phrases.text("time.month.\(time.month)", language)
        return Phrases.text("time.date", language,
                            ["day": day, "month": month, "year": String(time.year), "time": clock])
            + " (\(zoneName(offset)))"
    }

    /// `UTC`, `UTC+1`, `UTC-3:30`.
    static func zoneName(_ offset: Int) -> String {
        guard offset != 0 else { return "UTC" }
        let minutes = abs(offset) / 60
        let sign = offset > 0 ? "+" : "-"
        let rest = minutes % 60 == 0 ? "" : ":" + (minutes % 60 < 10 ? "0" : "") + String(minutes % 60)
        return "UTC\(sign)\(minutes / 60)" + rest
    }
}
