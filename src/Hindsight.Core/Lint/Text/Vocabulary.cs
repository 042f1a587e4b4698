using System.Text.RegularExpressions;

namespace Hindsight.Lint.Text;

/// <summary>The words post-mortems use for detection, resolution, impact figures and causes.</summary>
internal static partial class Vocabulary
{
    [GeneratedRegex(@"\b(?:detect(?:ed|ion|s)?|notic(?:ed|e|es)|alert(?:ed|s|ing)?|alarms?|pag(?:ed|e|er|ing)|report(?:ed|s)?|complain(?:ed|t|ts)|discover(?:ed|s)?|realiz(?:ed|e)|realis(?:ed|e)|spotted|encounter(?:ed|s)?|flagged|observed|became aware|reached out|escalat(?:ed|ion)|found|identified the (?:issue|problem|outage))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Detection();

    [GeneratedRegex(@"\b(?:resolved|restored|recovered|fixed|closed|back online|back to normal|returned to normal|normal operation|mitigated|recovery (?:was )?confirmed)\b", RegexOptions.IgnoreCase)]
    public static partial Regex Resolution();

    // A number with a share, a count of things that matter to users, money, or "all users".
    [GeneratedRegex(@"\d+(?:[.,]\d+)?\s*%|\bper ?cent\b|(?<![\w.])\d[\d,.]*\s*(?:k|K|M|B|million|billion|thousand|hundred)?\s+(?:[A-Za-z-]+\s+){0,2}?(?:users?|customers?|requests?|queries|visitors?|inquiries|tickets?|transactions?|orders?|accounts?|sessions?|clients?|calls?|errors?|payments?|messages?|sites?|websites?|servers?|hosts?|pods?|nodes?|instances?|records?|rows?|emails?|devices?|merchants?|tenants?|members?|subscribers?|downloads?|builds?|jobs?)\b|[$€£]\s?\d|\b\d[\d,.]*\s*(?:USD|EUR|GBP|dollars|euros)\b|\ball (?:of )?(?:our |the )?(?:users|customers|clients|visitors|requests|traffic)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex ImpactFigure();

    [GeneratedRegex(@"\b(?:affect(?:ed|ing|s)?|impact(?:ed|ing|s)?|users? (?:were|was|experienced|could not|couldn't|saw|reported))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex ImpactWords();

    // Words that say a sentence is explaining a cause.
    [GeneratedRegex(@"\b(?:because|due to|caused by|as a results? of|result(?:ed|ing)? (?:in|from)|lead(?:ing)? to|led to|which (?:caused|meant|allowed|prevented|made)|causing|so that|owing to|stemm(?:ed|ing) from|triggered by|since|therefore|thus|hence|which in turn|in turn)\b", RegexOptions.IgnoreCase)]
    public static partial Regex CausalConnective();
}
