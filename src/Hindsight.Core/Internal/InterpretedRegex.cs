using System.Text.RegularExpressions;

namespace Hindsight.Internal;

/// <summary>
/// Builds a regex on first use and runs it with the interpreter. The CLI runs without tiered compilation, so a
/// <c>[GeneratedRegex]</c> matcher is jitted fully optimised the first time it runs; for a large pattern that is tried
/// on little text, the jitting costs a run more than the generated code saves (bench/README.md, "Cold runs"). The
/// interpreter ships precompiled, and matches exactly what the generated code matches.
/// </summary>
internal static class InterpretedRegex
{
    /// <summary>The regex in <paramref name="cache"/>, built there from <paramref name="pattern"/> on the first call.</summary>
    public static Regex Get(ref Regex? cache, string pattern, RegexOptions options) => cache ??= new Regex(pattern, options);
}
