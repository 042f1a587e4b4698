namespace Hindsight.Logs.Reading;

/// <summary>How to read the timestamps of the files: the zone and year to assume when lines do not state them.</summary>
/// <param name="Zone">The zone of zone-less timestamps (<c>--tz</c>, else the machine's zone).</param>
/// <param name="ZoneIsExplicit">Whether <paramref name="Zone"/> was given by the user rather than taken from the machine.</param>
/// <param name="Year">The year of year-less timestamps (<c>--year</c>); <see langword="null"/> to use each file's modification time.</param>
public sealed record LogReadOptions(TimeZoneInfo Zone, bool ZoneIsExplicit, int? Year);
