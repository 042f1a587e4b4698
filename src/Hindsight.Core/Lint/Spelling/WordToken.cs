namespace Hindsight.Lint.Spelling;

/// <summary>A word of prose to spell-check, with where it is and whether it starts a sentence.</summary>
internal sealed record WordToken(int Line, int Column, string Word, bool StartsSentence);
