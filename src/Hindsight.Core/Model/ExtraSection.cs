namespace Hindsight.Model;

/// <summary>A section of a post-mortem file that this version does not know, kept verbatim.</summary>
/// <param name="Heading">The section heading without the leading <c>##</c>.</param>
/// <param name="Body">The section's Markdown, exactly as written.</param>
public sealed record ExtraSection(string Heading, string Body);
