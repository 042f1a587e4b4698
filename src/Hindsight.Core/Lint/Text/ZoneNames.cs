namespace Hindsight.Lint.Text;

/// <summary>Zone abbreviations and spoken zone names people write in reports, with the IANA zone each most likely means.</summary>
internal static class ZoneNames
{
    /// <summary>Abbreviations; ambiguous ones (CST, IST, BST) map to their most common reading and say so in the suggestion.</summary>
    public static IReadOnlyDictionary<string, string> Abbreviations { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["EAT"] = "Africa/Nairobi",
        ["WAT"] = "Africa/Lagos",
        ["CAT"] = "Africa/Maputo",
        ["SAST"] = "Africa/Johannesburg",
        ["PST"] = "America/Los_Angeles",
        ["PDT"] = "America/Los_Angeles",
        ["PT"] = "America/Los_Angeles",
        ["MST"] = "America/Denver",
        ["MDT"] = "America/Denver",
        ["CST"] = "America/Chicago",
        ["CDT"] = "America/Chicago",
        ["EST"] = "America/New_York",
        ["EDT"] = "America/New_York",
        ["ET"] = "America/New_York",
        ["AKST"] = "America/Anchorage",
        ["HST"] = "Pacific/Honolulu",
        ["CET"] = "Europe/Paris",
        ["CEST"] = "Europe/Paris",
        ["WET"] = "Europe/Lisbon",
        ["WEST"] = "Europe/Lisbon",
        ["EET"] = "Europe/Athens",
        ["EEST"] = "Europe/Athens",
        ["BST"] = "Europe/London",
        ["MSK"] = "Europe/Moscow",
        ["IST"] = "Asia/Kolkata",
        ["PKT"] = "Asia/Karachi",
        ["SGT"] = "Asia/Singapore",
        ["HKT"] = "Asia/Hong_Kong",
        ["JST"] = "Asia/Tokyo",
        ["KST"] = "Asia/Seoul",
        ["AEST"] = "Australia/Sydney",
        ["AEDT"] = "Australia/Sydney",
        ["NZST"] = "Pacific/Auckland",
        ["NZDT"] = "Pacific/Auckland",
        ["BRT"] = "America/Sao_Paulo",
    };

    /// <summary>Spoken names, matched case-insensitively on the words before "time".</summary>
    public static IReadOnlyDictionary<string, string> SpokenNames { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["East Africa"] = "Africa/Nairobi",
        ["East African"] = "Africa/Nairobi",
        ["West Africa"] = "Africa/Lagos",
        ["West African"] = "Africa/Lagos",
        ["Central Africa"] = "Africa/Maputo",
        ["Central African"] = "Africa/Maputo",
        ["South Africa"] = "Africa/Johannesburg",
        ["South African"] = "Africa/Johannesburg",
        ["Pacific"] = "America/Los_Angeles",
        ["Mountain"] = "America/Denver",
        ["Central"] = "America/Chicago",
        ["Eastern"] = "America/New_York",
        ["Atlantic"] = "America/Halifax",
        ["Alaska"] = "America/Anchorage",
        ["Hawaii"] = "Pacific/Honolulu",
        ["Central European"] = "Europe/Paris",
        ["Western European"] = "Europe/Lisbon",
        ["Eastern European"] = "Europe/Athens",
        ["British"] = "Europe/London",
        ["Greenwich Mean"] = "Etc/UTC",
        ["Coordinated Universal"] = "Etc/UTC",
        ["India"] = "Asia/Kolkata",
        ["Indian"] = "Asia/Kolkata",
        ["Japan"] = "Asia/Tokyo",
        ["China"] = "Asia/Shanghai",
        ["Moscow"] = "Europe/Moscow",
    };
}
