using Hindsight.Logs.Signals;

namespace Hindsight.Logs.Timeline;

/// <summary>
/// Templates of one kind of trouble in one file that differ in a single word ("... request: \"GET &lt;*&gt;\"" and
/// "... \"POST &lt;*&gt;\"") are one event to someone reading a timeline: they become one entry, told by the
/// earliest line, counting the lines of all of them.
/// </summary>
internal sealed class TroubleVariants
{
    private readonly string[] _tokens;

    private TroubleVariants(TemplateSignal signal, ErrorKinds kinds, LogExample first, DateTimeOffset at)
    {
        Kinds = kinds;
        First = first;
        At = at;
        _tokens = signal.Template.Split(' ');
        Add(signal, first, at);
    }

    public ErrorKinds Kinds { get; }

    /// <summary>The earliest line in the window among the variants.</summary>
    public LogExample First { get; private set; }

    /// <summary>The time of <see cref="First"/>.</summary>
    public DateTimeOffset At { get; private set; }

    public long CountInWindow { get; private set; }

    public DateTimeOffset? LastInWindow { get; private set; }

    /// <summary>Groups the signals that report trouble other than HTTP 5xx (counted apart), in the order first met.</summary>
    public static List<TroubleVariants> Group(IEnumerable<TemplateSignal> signals)
    {
        var groups = new List<TroubleVariants>();
        foreach (var signal in signals)
        {
            var kinds = signal.ErrorKinds & ~ErrorKinds.ServerError;
            if (kinds == ErrorKinds.None || signal.CountInWindow == 0 || signal.FirstExampleInWindow is not { Timestamp: { } at } first)
            {
                continue;
            }

            var group = groups.Find(candidate => candidate.Accepts(signal, kinds, first));
            if (group is null)
            {
                groups.Add(new TroubleVariants(signal, kinds, first, at));
            }
            else
            {
                group.Add(signal, first, at);
            }
        }

        return groups;
    }

    private bool Accepts(TemplateSignal signal, ErrorKinds kinds, LogExample first)
    {
        if (kinds != Kinds || !string.Equals(first.File, First.File, StringComparison.Ordinal))
        {
            return false;
        }

        var other = signal.Template.Split(' ');
        if (other.Length != _tokens.Length)
        {
            return false;
        }

        var differences = 0;
        for (var i = 0; i < _tokens.Length && differences < 2; i++)
        {
            if (!string.Equals(_tokens[i], other[i], StringComparison.Ordinal))
            {
                differences++;
            }
        }

        return differences <= 1;
    }

    private void Add(TemplateSignal signal, LogExample first, DateTimeOffset at)
    {
        if (at < At)
        {
            First = first;
            At = at;
        }

        CountInWindow += signal.CountInWindow;
        if (signal.LastInWindow > LastInWindow || LastInWindow is null)
        {
            LastInWindow = signal.LastInWindow;
        }
    }
}
