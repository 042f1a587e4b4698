namespace Hindsight.Format;

/// <summary>Looks up IANA time zones by name.</summary>
public static class TimeZones
{
    /// <summary>Finds the IANA zone <paramref name="ianaName"/>; Windows zone names are refused so files stay portable.</summary>
    public static bool TryFind(string ianaName, out TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(ianaName);
        zone = TimeZoneInfo.Utc;
        if (ianaName.Length == 0 || ianaName.Contains(' ', StringComparison.Ordinal))
        {
            return false;
        }

        if (!TimeZoneInfo.TryFindSystemTimeZoneById(ianaName, out var found) || !found.HasIanaId)
        {
            return false;
        }

        zone = found;
        return true;
    }
}
