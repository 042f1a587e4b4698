namespace Hindsight.Logs.Formats;

/// <summary>The formats Hindsight knows, most specific first (detection prefers the earlier of two equally good fits).</summary>
public static class LogFormats
{
    /// <summary>Every known format, in detection order; the last is the generic leading-timestamp fallback.</summary>
    public static IReadOnlyList<LogFormat> All { get; } =
    [
        new JsonLinesFormat(),
        new Syslog5424Format(),
        new HaproxyFormat(),
        new SyslogFormat(isoTimestamps: false),
        new SyslogFormat(isoTimestamps: true),
        new AccessLogFormat(),
        new ApacheErrorFormat(),
        new NginxErrorFormat(),
        new LogcatFormat(),
        new WindowsCbsFormat(),
        new RasFormat(),
        new HpcEventFormat(),
        new EpochFormat(),
        new LeadingTimestampFormat(),
    ];
}
