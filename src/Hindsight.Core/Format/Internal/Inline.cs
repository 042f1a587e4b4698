using System.Text;

namespace Hindsight.Format.Internal;

/// <summary>Helpers for one-line texts (timeline entries, factors, action items), which a file stores on a single line.</summary>
internal static class Inline
{
    /// <summary>Collapses every run of white space, line breaks included, into one space and trims the ends.</summary>
    public static string Normalise(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var character in text)
        {
            if (char.IsWhiteSpace(character))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(character);
        }

        return builder.ToString();
    }
}
