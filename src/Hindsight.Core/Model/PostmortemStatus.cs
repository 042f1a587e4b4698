namespace Hindsight.Model;

/// <summary>Where a post-mortem is in its review cycle.</summary>
public enum PostmortemStatus
{
    /// <summary>Being written.</summary>
    Draft,

    /// <summary>Written and waiting for reviewers.</summary>
    InReview,

    /// <summary>Reviewed and shared.</summary>
    Published,
}
