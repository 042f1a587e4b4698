using System.Runtime.CompilerServices;

namespace Hindsight.Logs.Templates.Internal;

/// <summary>A lookup table from ASCII character to <see cref="TokenClass"/>, so that masking is one pass of table reads.</summary>
internal static class TokenClasses
{
    /// <summary>The class of a character.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static TokenClass Of(char c) => c < 128 ? (TokenClass)Ascii[c] : OfNonAscii(c);

    // Kept out of line so that the ASCII path inlines into the masking loop.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static TokenClass OfNonAscii(char c) => MessageMasker.IsSeparator(c) ? TokenClass.Separator : TokenClass.None;

    // Separator 1 (controls, space, DEL), Digit 2, Punctuation 4 (= : , ; ( ) [ ] { } < > " ' / \ @ # | . _ ! ? $ & * % ` ~),
    // Quote 8 (with punctuation: 12), PathSeparator 16 (with punctuation: 20). '-' and '+' are not punctuation: they
    // belong to signed numbers (blk_-42), dates and hyphenated words. A span over constant data: no bounds check
    // after the c < 128 test, no static field load. Checked against the class definitions by a unit test.
    private static ReadOnlySpan<byte> Ascii =>
    [
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,  // 0x00-0x0f
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,  // 0x10-0x1f
        1, 4, 12, 4, 4, 4, 4, 4, 4, 4, 4, 0, 4, 0, 4, 20,  // 0x20-0x2f
        2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 4, 4, 4, 4, 4, 4,  // 0x30-0x3f
        4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,  // 0x40-0x4f
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 4, 20, 4, 0, 4,  // 0x50-0x5f
        4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,  // 0x60-0x6f
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 4, 4, 4, 4, 1,  // 0x70-0x7f
    ];
}
