namespace Hindsight.Logs.Formats;

/// <summary>
/// Cluster event logs in the HPC (LANL) layout: <c>ID NODE COMPONENT STATE EPOCH FLAG message</c>,
/// for example <c>4711 node-12 unix.hw state_change.unavailable 1645866067 1 Component State Change: ...</c>.
/// </summary>
internal sealed class HpcEventFormat : LogFormat
{
    public override string Name => "HPC cluster event log (id, node, component, state, epoch)";

    public override bool TryParse(ReadOnlySpan<char> line, TimestampContext context, ref ParsedLine result)
    {
        var idDigits = Chars.CountDigits(line, 0);
        if (idDigits == 0 || idDigits >= line.Length || line[idDigits] != ' ')
        {
            return false;
        }

        // NODE COMPONENT STATE
        var position = idDigits;
        for (var field = 0; field < 3; field++)
        {
            position = Chars.SkipSpaces(line, position);
            if (position >= line.Length)
            {
                return false;
            }

            position = Chars.TokenEnd(line, position);
        }

        position = Chars.SkipSpaces(line, position);
        if (Chars.CountDigits(line, position) != 10 || !long.TryParse(line.Slice(position, 10), out var epoch)
            || position + 10 >= line.Length || line[position + 10] != ' ')
        {
            return false;
        }

        position = Chars.SkipSpaces(line, position + 10);
        if (position < line.Length && line[position] == '-')
        {
            position++;
        }

        var flagDigits = Chars.CountDigits(line, position);
        if (flagDigits == 0 || (position + flagDigits < line.Length && line[position + flagDigits] != ' '))
        {
            return false;
        }

        result.Timestamp = DateTimeOffset.FromUnixTimeSeconds(epoch);
        result.Severity = LogSeverity.None;
        result.SetContentFrom(line, position + flagDigits);
        return true;
    }
}
