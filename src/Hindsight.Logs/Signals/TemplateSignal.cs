using Hindsight.Logs.Formats;

namespace Hindsight.Logs.Signals;

/// <summary>What one event template did across the logs.</summary>
public sealed class TemplateSignal
{
    internal TemplateSignal(int templateId) => TemplateId = templateId;

    /// <summary>The template id (<c>E{id + 1}</c> in structured output); -1 for lines no template fitted.</summary>
    public int TemplateId { get; }

    /// <summary>The template text, variables written <c>&lt;*&gt;</c>.</summary>
    public string Template { get; internal set; } = "";

    /// <summary>Lines of this template.</summary>
    public long Count { get; internal set; }

    /// <summary>Lines of this template inside the window (all lines when no window was given).</summary>
    public long CountInWindow { get; internal set; }

    /// <summary>The earliest and latest line times.</summary>
    public DateTimeOffset? FirstSeen { get; internal set; }

    /// <inheritdoc cref="FirstSeen"/>
    public DateTimeOffset? LastSeen { get; internal set; }

    /// <summary>The first and last times inside the window.</summary>
    public DateTimeOffset? FirstInWindow { get; internal set; }

    /// <inheritdoc cref="FirstInWindow"/>
    public DateTimeOffset? LastInWindow { get; internal set; }

    /// <summary>The most severe level seen.</summary>
    public LogSeverity Severity { get; internal set; }

    /// <summary>Why the template looks like trouble.</summary>
    public ErrorKinds ErrorKinds { get; internal set; }

    /// <summary>Lines with an HTTP 5xx status.</summary>
    public long ServerErrors { get; internal set; }

    /// <summary>HTTP 5xx lines inside the window.</summary>
    public long ServerErrorsInWindow { get; internal set; }

    /// <summary>The first HTTP 5xx line inside the window.</summary>
    public LogExample? FirstServerError { get; internal set; }

    /// <summary>The status of <see cref="FirstServerError"/>.</summary>
    public int FirstServerErrorStatus { get; internal set; }

    /// <summary>The time of the last HTTP 5xx line inside the window.</summary>
    public DateTimeOffset? LastServerError { get; internal set; }

    /// <summary>Whether the template first appears inside the window (and the logs reach back before it).</summary>
    public bool NewInWindow { get; internal set; }

    /// <summary>Lines per minute, keyed by the minute's start (UTC); minutes without lines are absent.</summary>
    public SortedDictionary<DateTimeOffset, long> PerMinute { get; } = [];

    /// <summary>Up to three example lines: the first ones seen.</summary>
    public List<LogExample> Examples { get; } = [];

    /// <summary>The first line inside the window, the evidence for "first seen".</summary>
    public LogExample? FirstExampleInWindow { get; internal set; }

    /// <summary>Where the template's rate rose well above its baseline.</summary>
    public List<Burst> Bursts { get; } = [];

    /// <summary>The sources (file labels) the template appeared in.</summary>
    public SortedSet<string> Sources { get; } = new(StringComparer.Ordinal);

    /// <summary>The file of the last line counted, so the common case skips the set.</summary>
    internal int LastFileIndex { get; set; } = -1;

    // Lines arrive mostly in time order: count the current minute in a field and touch the dictionary once per minute.
    private long _minute = long.MinValue;
    private long _minuteCount;

    internal void CountMinute(long minute)
    {
        if (minute != _minute)
        {
            FlushMinute();
            _minute = minute;
        }

        _minuteCount++;
    }

    internal void FlushMinute()
    {
        if (_minuteCount > 0)
        {
            var key = new DateTimeOffset(_minute * TimeSpan.TicksPerMinute, TimeSpan.Zero);
            PerMinute[key] = PerMinute.GetValueOrDefault(key) + _minuteCount;
            _minuteCount = 0;
        }
    }
}
