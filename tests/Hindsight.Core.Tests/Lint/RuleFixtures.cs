namespace Hindsight.Core.Tests.Lint;

/// <summary>For each rule, a document that breaks it and a close variant that does not (written for these tests).</summary>
internal static class RuleFixtures
{
    private const string Good = """
        # Checkout API returned errors

        ## Summary
        On 2024-03-05 from 10:00 to 10:45 UTC the checkout API failed for 30% of requests (about 4,000 users).

        ## Impact
        30% of checkout requests failed for 45 minutes.

        ## Timeline
        - 2024-03-05 09:58 UTC: Config change 42 deployed to the payment gateway.
        - 2024-03-05 10:00 UTC: Error rate rises above 5%.
        - 2024-03-05 10:04 UTC: Alert pages the on-call engineer.
        - 2024-03-05 10:45 UTC: Config rolled back; errors stop.

        ## Root cause
        The gateway rejected requests because the new config set a 1 s timeout, because the config schema had no lower bound, because config changes skip review.

        ## Contributing factors
        - Config changes skip review.
        - No canary for gateway configs.

        ## Action items
        - Add a lower bound to the timeout field in the config schema (owner: payments, P1, due 2024-03-20)
        - Canary gateway configs on 5% of traffic for 10 minutes (owner: platform, P2, due 2024-04-01)
        """;

    public static TheoryData<string, string, string> Cases => new()
    {
        { "HL101", Good.Replace("from 10:00 to 10:45 UTC ", "").Replace(" for 45 minutes", ""), Good },
        { "HL102", Good.Replace("from 10:00 to 10:45 UTC", "for 3 hours, from 10:00 to 10:45 UTC"), Good.Replace("from 10:00 to 10:45 UTC", "for 45 minutes, from 10:00 to 10:45 UTC") },
        { "HL103", Good.Replace("Alert pages the on-call engineer", "On-call engineer starts work"), Good },
        { "HL104", Good.Replace("## Impact\n30% of checkout requests failed for 45 minutes.\n", "").Replace(" for 30% of requests (about 4,000 users)", ""), Good },
        { "HL105", Good.Replace("30% of checkout requests failed for 45 minutes.", "Checkout was slow for a while.").Replace(" for 30% of requests (about 4,000 users)", ""), Good },
        { "HL201", Good.Replace("09:58 UTC", "09:58"), Good },
        { "HL202", Good.Replace("10:04 UTC", "10:04 EAT"), Good },
        { "HL203", Good.Replace("2024-03-05", "March 5").Replace("2024-03-20", "March 20").Replace("2024-04-01", "April 1"), Good },
        { "HL204", Good.Replace("On 2024-03-05 ", "").Replace("2024-03-05 ", "").Replace(", due 2024-03-20", "").Replace(", due 2024-04-01", ""), Good },
        { "HL205", Good.Replace("On 2024-03-05", "On Monday 5 March 2024"), Good.Replace("On 2024-03-05", "On Tuesday 5 March 2024") },
        { "HL206", Good.Replace("2024-03-05 10:04 UTC", "2024-03-05 09:30 UTC"), Good },
        { "HL207", Good.Replace("2024-03-05 09:58 UTC: Config", "2024-03-05 09:50 UTC: Alert fires; config"), Good },
        { "HL301", Good + "\nThe outage was caused by human error.\n", Good },
        { "HL302", Good + "\nA careless engineer pushed the change.\n", Good },
        { "HL303", Good + "\nThe engineer should have tested the config.\n", Good + "\nServers should have error logging turned on.\n" },
        { "HL304", Good + "\nIt was his mistake.\n", Good },
        { "HL401", Good.Replace("## Contributing factors\n- Config changes skip review.\n- No canary for gateway configs.\n", ""), Good },
        { "HL402", Good.Replace("## Contributing factors\n- Config changes skip review.\n- No canary for gateway configs.\n", "").Replace(" because the config schema had no lower bound, because config changes skip review", ""), Good.Replace("## Contributing factors\n- Config changes skip review.\n- No canary for gateway configs.\n", "") },
        { "HL403", Good.Replace("## Root cause\nThe gateway rejected", "## Root cause\nThe root cause was a recent deployment.\nThe gateway rejected"), Good },
        { "HL501", Good.Replace("- Canary gateway configs", "- Always keep an eye on gateway configs; canary them"), Good },
        { "HL502", Good.Replace("owner: payments, ", "").Replace("owner: platform, ", ""), Good },
        { "HL503", Good.Replace("P1, ", "").Replace("P2, ", ""), Good },
        { "HL504", Good.Replace(", due 2024-03-20", "").Replace(", due 2024-04-01", ""), Good },
        { "HL507", Good[..Good.IndexOf("## Action items", StringComparison.Ordinal)], Good },
        { "HL602", Good + "\nThey soled the problem fro the users.\n", Good + "\nThe leather soled boots; traffic moved to and fro.\n" },
    };
}
