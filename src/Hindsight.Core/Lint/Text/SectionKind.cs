namespace Hindsight.Lint.Text;

/// <summary>What a part of a post-mortem is about, as told by its heading or label.</summary>
internal enum SectionKind
{
    None,
    Title,
    Summary,
    Duration,
    Impact,
    Timeline,
    RootCause,
    Trigger,
    ContributingFactors,
    Resolution,
    Detection,
    ActionItems,
    Lessons,
    Other,
}
