using Hindsight.Model;

namespace Hindsight.Format;

/// <summary>
/// The words a post-mortem file uses for the model's enumerations (<c>in-review</c>, <c>SEV1</c>, <c>won't do</c>...).
/// Reading is forgiving about case, spaces, hyphens and underscores; writing always uses the first spelling listed.
/// </summary>
public static class Vocabulary
{
    private static readonly Dictionary<Type, (Enum Value, string[] Words)[]> Words = new()
    {
        [typeof(PostmortemStatus)] =
        [
            (PostmortemStatus.Draft, ["draft"]),
            (PostmortemStatus.InReview, ["in-review", "review", "in review"]),
            (PostmortemStatus.Published, ["published", "final"]),
        ],
        [typeof(Severity)] =
        [
            (Severity.Sev1, ["SEV1", "1"]),
            (Severity.Sev2, ["SEV2", "2"]),
            (Severity.Sev3, ["SEV3", "3"]),
            (Severity.Sev4, ["SEV4", "4"]),
            (Severity.Sev5, ["SEV5", "5"]),
        ],
        [typeof(TimelineEntryKind)] = Lowercase<TimelineEntryKind>(),
        [typeof(FactorCategory)] = Lowercase<FactorCategory>(),
        [typeof(ActionType)] = Lowercase<ActionType>(),
        [typeof(Priority)] =
        [
            (Priority.P0, ["P0"]),
            (Priority.P1, ["P1"]),
            (Priority.P2, ["P2"]),
            (Priority.P3, ["P3"]),
        ],
        [typeof(ActionStatus)] =
        [
            (ActionStatus.Open, ["open", "todo", "to do"]),
            (ActionStatus.InProgress, ["in progress", "doing", "started"]),
            (ActionStatus.Done, ["done", "closed", "complete", "completed"]),
            (ActionStatus.WontDo, ["won't do", "wont do", "will not do", "dropped"]),
        ],
    };

    /// <summary>The file's word for <paramref name="value"/>.</summary>
    public static string Name<TEnum>(TEnum value)
        where TEnum : struct, Enum =>
        Words[typeof(TEnum)].First(entry => entry.Value.Equals(value)).Words[0];

    /// <summary>Reads a word of <typeparamref name="TEnum"/>; <see langword="false"/> when it is none of them.</summary>
    public static bool TryParse<TEnum>(string? word, out TEnum value)
        where TEnum : struct, Enum
    {
        value = default;
        if (word is null)
        {
            return false;
        }

        var wanted = Normalise(word);
        foreach (var (candidate, words) in Words[typeof(TEnum)])
        {
            if (words.Any(w => Normalise(w) == wanted))
            {
                value = (TEnum)candidate;
                return true;
            }
        }

        return false;
    }

    /// <summary>The words <typeparamref name="TEnum"/> accepts, for error messages.</summary>
    public static string Expected<TEnum>()
        where TEnum : struct, Enum =>
        string.Join(", ", Words[typeof(TEnum)].Select(entry => entry.Words[0]));

    private static (Enum Value, string[] Words)[] Lowercase<TEnum>()
        where TEnum : struct, Enum =>
        [.. Enum.GetValues<TEnum>().Select(value => ((Enum)value, new[] { value.ToString().ToLowerInvariant() }))];

    private static string Normalise(string word) =>
        new([.. word.Trim().ToLowerInvariant().Where(c => c is not (' ' or '-' or '_' or '\'' or '\u2019'))]);
}
