using System.Text.RegularExpressions;

namespace Hindsight.Lint.Text;

/// <summary>A phrase to look for in the prose, what is wrong with it, and the blameless way to say it instead.</summary>
/// <param name="Pattern">The phrase; a group named <c>phrase</c> narrows what is reported.</param>
/// <param name="Message">What is wrong; <c>{0}</c> is the phrase as written.</param>
/// <param name="Suggestion">The rewrite to make.</param>
internal sealed record LanguagePattern(Regex Pattern, string Message, string Suggestion);
