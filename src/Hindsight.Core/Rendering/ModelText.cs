using Hindsight.Model;

namespace Hindsight.Rendering;

/// <summary>The words a report uses for the model's enumerations.</summary>
internal static class ModelText
{
    public static string Of(FactorCategory category) => category.ToString().ToLowerInvariant();

    public static string Of(TimelineEntryKind kind) => kind.ToString().ToLowerInvariant();

    public static string Of(PostmortemStatus status) => status switch
    {
        PostmortemStatus.InReview => "in review",
        _ => status.ToString().ToLowerInvariant(),
    };

    public static string Of(ActionStatus status) => status switch
    {
        ActionStatus.InProgress => "in progress",
        ActionStatus.WontDo => "won't do",
        _ => status.ToString().ToLowerInvariant(),
    };

    public static string Of(ActionType type) => type.ToString().ToLowerInvariant();

    public static string Of(Severity severity) => "SEV" + ((int)severity).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
