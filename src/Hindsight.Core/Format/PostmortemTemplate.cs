using System.Globalization;
using System.Text;
using Hindsight.Model;

namespace Hindsight.Format;

/// <summary>The file <c>hindsight new</c> writes: valid front matter and every section, with guidance in comments that readers ignore.</summary>
public static class PostmortemTemplate
{
    /// <summary>Creates the template for an incident called <paramref name="title"/>, read in <paramref name="ianaZone"/>, written on <paramref name="today"/>.</summary>
    public static string Create(string title, string ianaZone, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(title);
        var postmortem = new Postmortem
        {
            Id = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "-" + Slug(title),
            Title = title,
            Status = PostmortemStatus.Draft,
            TimeZone = ianaZone,
        };
        var front = PostmortemFile.Write(postmortem);
        var text = new StringBuilder(front);
        text.Append("""

            <!--
            Front matter: add severity (SEV1-SEV5) and the instants started, detected, mitigated and resolved,
            each with its zone, e.g. started: 2022-02-26T12:00:00+03:00. Impact figures go under impact:
            (usersAffectedPercent, usersAffected, requestsFailed, cost, currency). Participants may be roles only.
            -->

            ## Summary

            <!-- Two or three sentences: what happened, to whom, for how long, and how it ended. -->

            ## Impact

            <!-- Who was affected and how, in figures where you have them: users, requests, money, duration. -->

            ## Timeline

            <!--
            One entry per event, in order, each with its date, time and zone:
            - **2022-02-26 12:00 +03:00** · detection · key — What was seen, by which signal.
              - Source: monitoring
              - Evidence: logs/web-01/error.log:1204
            Kinds: observation, action, detection, communication, deploy, alert, milestone. 'key' marks the story's turning points.
            -->

            ## Contributing factors

            <!--
            Conditions, not culprits. Ask "why?" until the answer is something the team can change:
            - **F1** · technology · root cause — What made the failure possible.
              - Why? Because ...
                - Why? Because ...
              - Evidence: link or file:line
            Categories: technology, process, people, environment, external.
            -->

            ## Resolution

            <!-- What ended the impact, and what brought the system back to normal. -->

            ## Action items

            <!-- Concrete, owned and dated; link each to the factors it addresses. Types: prevent, detect, mitigate, process, documentation. -->

            | ID | Action | Type | Priority | Owner | Due | Status | Factors | Link |
            | --- | --- | --- | --- | --- | --- | --- | --- | --- |

            ## Lessons learned

            ### What went well

            ### What went wrong

            ### Where we got lucky

            """.ReplaceLineEndings("\n"));
        return text.ToString();
    }

    private static string Slug(string title)
    {
        var slug = new StringBuilder();
        foreach (var character in title.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(character))
            {
                slug.Append(character);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        var text = slug.ToString().Trim('-');
        return text.Length == 0 ? "incident" : text[..Math.Min(text.Length, 48)].TrimEnd('-');
    }
}
