namespace Hindsight.Logs.Templates.Internal;

/// <summary>What a character can tell about the token it is in.</summary>
[Flags]
internal enum TokenClass : byte
{
    None = 0,
    Separator = 1,
    Digit = 2,
    Punctuation = 4,
    Quote = 8,
    PathSeparator = 16,
}
