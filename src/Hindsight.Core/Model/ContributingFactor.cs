namespace Hindsight.Model;

/// <summary>A condition that helped the incident happen or last longer.</summary>
public sealed class ContributingFactor
{
    /// <summary>A short identifier that action items link to (for example <c>F1</c>).</summary>
    public string Id { get; set; } = "";

    /// <summary>The condition, described as a property of systems and processes, not of a person.</summary>
    public string Text { get; set; } = "";

    /// <summary>Which kind of condition this is.</summary>
    public FactorCategory Category { get; set; } = FactorCategory.Technology;

    /// <summary>Whether the review judged this factor a root cause; there may be several.</summary>
    public bool RootCause { get; set; }

    /// <summary>The answers to "why?", each of which may be asked "why?" again.</summary>
    public List<WhyStep> Whys { get; set; } = [];

    /// <summary>Pointers to the proof (log lines, dashboards, documents).</summary>
    public List<string> Evidence { get; set; } = [];

    /// <summary>How many "why?" steps the deepest chain under this factor has.</summary>
    public int WhyDepth => WhyStep.DepthOf(Whys);
}
