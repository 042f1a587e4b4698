namespace Hindsight.Import.Internal;

/// <summary>A timeline entry as read, before its instant is resolved.</summary>
internal sealed class RawEntry(int line, TimeExpression stamp, string text)
{
    public int Line { get; } = line;

    public TimeExpression Stamp { get; } = stamp;

    private readonly List<string> _additions = [];

    public string Text { get; set; } = text;

    /// <summary>Adds a continuation line; joined once at the end so long entries stay linear.</summary>
    public void Append(string addition) => _additions.Add(addition);

    /// <summary>Joins the continuation lines into <see cref="Text"/>.</summary>
    public void Complete()
    {
        if (_additions.Count > 0)
        {
            Text = Text + " " + string.Join(' ', _additions);
            _additions.Clear();
        }
    }

    /// <summary>The date of the nearest date line above the entry ("#### August 15, 2024"), if any.</summary>
    public TimeExpression? ContextDate { get; init; }
}
