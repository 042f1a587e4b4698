using AngleSharp.Html.Parser;
using FsCheck;
using FsCheck.Fluent;
using Hindsight.Core.Tests.Format;
using Hindsight.Rendering;
using Microsoft.Extensions.Time.Testing;

namespace Hindsight.Core.Tests.Rendering;

public sealed class ReportRendererPropertyTests
{
    private static readonly ReportRenderer Renderer = new(new FakeTimeProvider());

    [Fact]
    public void Render_AnyPostmortem_EveryTemplateRendersAReadableTimeline()
    {
        Prop.ForAll(PostmortemGenerators.Arbitrary(), postmortem =>
        {
            foreach (var template in ReportTemplates.BuiltInNames)
            {
                foreach (var audience in new[] { ReportAudience.Internal, ReportAudience.Stakeholders })
                {
                    var options = new RenderOptions(template, audience, RedactHosts: audience == ReportAudience.Stakeholders);
                    Renderer.Render(postmortem, ReportFormat.Markdown, options);
                    var document = new HtmlParser().ParseDocument(Renderer.Render(postmortem, ReportFormat.Html, options));
                    if (document.QuerySelectorAll("script").Length > 0)
                    {
                        return false;
                    }

                    var ticks = document.QuerySelectorAll("svg.timeline line.tick").Length;
                    if (ticks > 9)
                    {
                        return false;
                    }
                }
            }

            return true;
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(25));
    }

    [Theory]
    [InlineData(30, 5)]
    [InlineData(6 * 60, 60)]
    [InlineData(34 * 60, 360)]
    [InlineData(30 * 24 * 60, 7 * 24 * 60)]
    [InlineData(3 * 365 * 24 * 60, 137 * 24 * 60)]
    public void TickStep_Span_GivesARoundStepWithAtMostEightTicks(int spanMinutes, int expectedStepMinutes)
    {
        var step = TimelineSvg.TickStep(TimeSpan.FromMinutes(spanMinutes));

        Assert.Equal(TimeSpan.FromMinutes(expectedStepMinutes), step);
    }
}
