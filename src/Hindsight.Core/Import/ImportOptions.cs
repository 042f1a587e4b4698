namespace Hindsight.Import;

/// <summary>What the user knows about a document that the document itself may not say.</summary>
public sealed record ImportOptions
{
    /// <summary>The year to use for dates written without one (for example "Saturday 26th February").</summary>
    public int? ReferenceYear { get; init; }

    /// <summary>The date of the incident, used for timeline times written without any date.</summary>
    public DateOnly? ReferenceDate { get; init; }

    /// <summary>The IANA time zone (for example <c>Africa/Nairobi</c>) to use for times written without a zone.</summary>
    public string? DefaultTimeZone { get; init; }
}
