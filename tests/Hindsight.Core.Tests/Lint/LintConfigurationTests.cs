using Hindsight.Diagnostics;
using Hindsight.Lint;

namespace Hindsight.Core.Tests.Lint;

public sealed class LintConfigurationTests
{
    [Fact]
    public void Parse_RulesDepthAndGlossary_AreApplied()
    {
        var options = LintConfiguration.Parse("rules:\n  HL503: off\n  human-error: warning\nwhyDepth: 4\nglossary: [BooktifuL, Elie]\n", "cfg.yaml");

        var catalogue = RuleCatalogue.Descriptors.ToDictionary(rule => rule.Id);
        Assert.False(options.IsEnabled(catalogue["HL503"]));
        Assert.Equal(DiagnosticSeverity.Warning, options.SeverityOf(catalogue["HL301"]));
        Assert.Equal(4, options.MinimumWhyDepth);
        Assert.Contains("Elie", options.Glossary);
    }

    [Theory]
    [InlineData("rules:\n  HL999: off\n", "unknown rule 'HL999'")]
    [InlineData("rules:\n  HL101: loud\n", "not one of off, info, warning, error")]
    [InlineData("whyDepth: deep\n", "whyDepth")]
    [InlineData("colour: blue\n", "unknown key 'colour'")]
    [InlineData("rules: [\n", "malformed YAML")]
    [InlineData("rules: {*a : off, *a : info}\nglossary: &a x\n", "aliases are not read")]
    [InlineData("[a]: 1\n", "a key must be a plain word")]
    [InlineData("rules:\n  [HL601]: off\n", "a rule must be named by its id")]
    public void Parse_BadConfiguration_NamesFileLineAndProblem(string yaml, string expected)
    {
        var exception = Assert.Throws<LintConfigurationException>(() => LintConfiguration.Parse(yaml, "cfg.yaml"));

        Assert.StartsWith("cfg.yaml:", exception.Message, StringComparison.Ordinal);
        Assert.Contains(expected, exception.Message, StringComparison.Ordinal);
    }
}
