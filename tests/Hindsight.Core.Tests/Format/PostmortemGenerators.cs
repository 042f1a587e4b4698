using FsCheck;
using FsCheck.Fluent;
using Hindsight.Model;

namespace Hindsight.Core.Tests.Format;

/// <summary>FsCheck generators of whole post-mortem models whose texts are in the form a file stores them.</summary>
internal static class PostmortemGenerators
{
    private static readonly string[] Words =
    [
        "web-01", "load", "balancer", "memory", "HTTP", "500", "requests", "pool", "round-robin", "Nairobi", "café",
        "naïve", "`kubectl`", "*emphasis*", "**bold**", "a|b", "50%", "(note)", "user's", "—", "·", "#tag", "x:y",
        "https://example.com/a?b=c", "数据库", "🚒", "Why?", "Evidence", "F1", "[link](https://example.com)",
    ];

    public static Arbitrary<Postmortem> Arbitrary() => Postmortems().ToArbitrary();

    private static Gen<string> Word() => Gen.Elements(Words);

    private static Gen<string> Line() =>
        Gen.Choose(1, 8).SelectMany(count => Word().ListOf(count)).Select(words => string.Join(' ', words));

    private static Gen<string> PlainWord() =>
        Gen.Elements("alpha", "beta", "gamma", "delta", "web-01", "api", "db", "cache", "eu-west", "Team Platform");

    private static Gen<string?> Optional(Gen<string> gen) =>
        Gen.Frequency((1, Gen.Constant<string?>(null)), (3, gen.Select(value => (string?)value)));

    private static Gen<string> Prose() =>
        Gen.Choose(1, 3).SelectMany(count => Line().ListOf(count)).Select(paragraphs => string.Join("\n\n", paragraphs));

    private static Gen<DateTimeOffset> Instant() =>
        from ticks in Gen.Choose(0, 400_000_000)
        from offsetQuarters in Gen.Choose(-48, 56)
        from milliseconds in Gen.Frequency((4, Gen.Constant(0)), (1, Gen.Choose(1, 999)))
        select new DateTimeOffset(new DateTime(2020, 1, 1).AddSeconds(ticks).AddMilliseconds(milliseconds), TimeSpan.FromMinutes(offsetQuarters * 15));

    private static Gen<DateTimeOffset?> OptionalInstant() =>
        Gen.Frequency((1, Gen.Constant<DateTimeOffset?>(null)), (3, Instant().Select(value => (DateTimeOffset?)value)));

    private static Gen<TEnum> Enum<TEnum>()
        where TEnum : struct, System.Enum => Gen.Elements(System.Enum.GetValues<TEnum>());

    private static Gen<TEnum?> OptionalEnum<TEnum>()
        where TEnum : struct, System.Enum =>
        Gen.Frequency((1, Gen.Constant<TEnum?>(null)), (3, Enum<TEnum>().Select(value => (TEnum?)value)));

    private static Gen<TimelineEntry> Entry() =>
        from at in Instant()
        from text in Line()
        from kind in Enum<TimelineEntryKind>()
        from source in Optional(PlainWord())
        from evidence in Optional(Gen.Elements("logs/web-01/error.log:1204", "https://grafana.example.com/d/abc", "chat #incident 12:04"))
        from key in Gen.Elements(true, false)
        select new TimelineEntry { At = at, Text = text, Kind = kind, Source = source, Evidence = evidence, Key = key };

    private static Gen<WhyStep> Why(int depth) =>
        from text in Line()
        from children in depth == 0 ? Gen.Constant(new List<WhyStep>()) : Gen.Choose(0, 2).SelectMany(count => Why(depth - 1).ListOf(count)).Select(list => list.ToList())
        select new WhyStep { Text = text, Whys = children };

    private static Gen<ContributingFactor> Factor() =>
        from text in Line()
        from category in Enum<FactorCategory>()
        from rootCause in Gen.Elements(true, false)
        from whys in Gen.Choose(0, 2).SelectMany(count => Why(3).ListOf(count))
        from evidence in Gen.Choose(0, 2).SelectMany(count => Gen.Elements("dashboards/memory", "logs/syslog:88", "https://example.com/pr/12").ListOf(count))
        select new ContributingFactor { Text = text, Category = category, RootCause = rootCause, Whys = [.. whys], Evidence = [.. evidence] };

    private static Gen<ActionItem> Action(int factorCount) =>
        from title in Line()
        from type in OptionalEnum<ActionType>()
        from priority in OptionalEnum<Priority>()
        from owner in Optional(PlainWord())
        from due in Gen.Frequency((1, Gen.Constant<DateOnly?>(null)), (3, Gen.Choose(0, 2000).Select(days => (DateOnly?)new DateOnly(2022, 1, 1).AddDays(days))))
        from status in Enum<ActionStatus>()
        from factors in factorCount == 0 ? Gen.Constant(Array.Empty<string>()) : Gen.SubListOf(Enumerable.Range(1, factorCount).Select(number => $"F{number}")).Select(list => list.ToArray())
        from link in Optional(Gen.Constant("https://tracker.example.com/ISSUE-42"))
        select new ActionItem { Title = title, Type = type, Priority = priority, Owner = owner, Due = due, Status = status, Factors = [.. factors], Link = link };

    private static List<T> Numbered<T>(IEnumerable<T> items, Action<T, string> setId, string prefix)
    {
        var list = items.ToList();
        for (var index = 0; index < list.Count; index++)
        {
            setId(list[index], $"{prefix}{index + 1}");
        }

        return list;
    }

    private static Gen<Postmortem> Postmortems() =>
        from title in Line()
        from id in Optional(Gen.Elements("2022-02-26-booktiful", "INC-42", "pm-7"))
        from status in Enum<PostmortemStatus>()
        from severity in OptionalEnum<Severity>()
        from zone in Optional(Gen.Elements("Africa/Nairobi", "UTC", "America/Los_Angeles", "Asia/Kolkata"))
        from started in OptionalInstant()
        from detected in OptionalInstant()
        from mitigated in OptionalInstant()
        from resolved in OptionalInstant()
        from percent in Gen.Frequency((1, Gen.Constant<double?>(null)), (2, Gen.Choose(0, 10000).Select(value => (double?)(value / 100.0))))
        from requests in Gen.Frequency((1, Gen.Constant<long?>(null)), (1, Gen.Choose(0, int.MaxValue).Select(value => (long?)value)))
        from cost in Gen.Frequency((2, Gen.Constant<decimal?>(null)), (1, Gen.Choose(0, 10_000_000).Select(value => (decimal?)(value / 100m))))
        from impactText in Optional(Prose())
        from services in PlainWord().ListOf().Select(list => list.Distinct().ToList())
        from participants in Gen.Choose(0, 3).SelectMany(count => (from name in Optional(PlainWord()) from role in PlainWord() select new Participant { Name = name, Role = role }).ListOf(count))
        from summary in Optional(Prose())
        from timeline in Gen.Choose(0, 5).SelectMany(count => Entry().ListOf(count))
        from factorCount in Gen.Choose(0, 3)
        from factors in Factor().ListOf(factorCount).Select(list => Numbered(list, (factor, id) => factor.Id = id, "F"))
        from actionCount in Gen.Choose(0, 4)
        from actions in Action(factorCount).ListOf(actionCount).Select(list => Numbered(list, (action, id) => action.Id = id, "A"))
        from resolution in Optional(Prose())
        from wentWell in Line().ListOf()
        from wentWrong in Line().ListOf()
        from interviews in Gen.Choose(0, 2).SelectMany(count => (from who in PlainWord() from notes in Optional(Prose()) select new Interview { Participant = who, Date = new DateOnly(2022, 3, 1), Notes = notes }).ListOf(count))
        from notes in Optional(Prose())
        select new Postmortem
        {
            Id = id,
            Title = title,
            Status = status,
            Severity = severity,
            TimeZone = zone,
            Started = started,
            Detected = detected,
            Mitigated = mitigated,
            Resolved = resolved,
            Impact = new Impact { Description = impactText, UsersAffectedPercent = percent, RequestsFailed = requests, Cost = cost, Currency = cost is null ? null : "USD" },
            AffectedServices = services,
            Participants = [.. participants],
            Summary = summary,
            Timeline = [.. timeline],
            ContributingFactors = [.. factors],
            Resolution = resolution,
            ActionItems = [.. actions],
            Lessons = new LessonsLearned { WentWell = [.. wentWell], WentWrong = [.. wentWrong] },
            Interviews = [.. interviews],
            Notes = notes,
        };
}
