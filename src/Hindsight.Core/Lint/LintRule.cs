namespace Hindsight.Lint;

/// <summary>A check over one document. Rules report through the context, which applies the configuration.</summary>
internal abstract class LintRule
{
    public abstract LintRuleDescriptor Descriptor { get; }

    public abstract void Check(LintContext context);
}
