namespace Hindsight.Model;

/// <summary>One answer in a why-chain; its own <see cref="Whys"/> dig one level deeper.</summary>
public sealed class WhyStep
{
    /// <summary>The answer to "why?".</summary>
    public string Text { get; set; } = "";

    /// <summary>Deeper answers: why is <see cref="Text"/> so?</summary>
    public List<WhyStep> Whys { get; set; } = [];

    /// <summary>The length of the longest chain in <paramref name="steps"/>.</summary>
    public static int DepthOf(IEnumerable<WhyStep> steps)
    {
        ArgumentNullException.ThrowIfNull(steps);
        var deepest = 0;
        foreach (var step in steps)
        {
            deepest = Math.Max(deepest, 1 + DepthOf(step.Whys));
        }

        return deepest;
    }
}
