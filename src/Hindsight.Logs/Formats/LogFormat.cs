namespace Hindsight.Logs.Formats;

/// <summary>One log layout: recognises its lines and splits them into timestamp, level and message.</summary>
public abstract class LogFormat
{
    /// <summary>The name reports show for files detected as this format.</summary>
    public abstract string Name { get; }

    /// <summary>
    /// Parses <paramref name="line"/>; returns <see langword="false"/> (leaving <paramref name="result"/> unspecified)
    /// when the line is not in this format. Never throws on any input.
    /// </summary>
    public abstract bool TryParse(ReadOnlySpan<char> line, TimestampContext context, ref ParsedLine result);

    /// <inheritdoc />
    public override string ToString() => Name;
}
