using System.Text;

namespace Hindsight.Logs.Templates.Internal;

/// <summary>One group of messages: its template tokens (null where the template has a variable) and its size.</summary>
internal sealed class TemplateCluster
{
    private string? _text;

    public TemplateCluster(string?[] tokens, long firstLine)
    {
        Tokens = tokens;
        FirstLine = firstLine;
    }

    /// <summary>The global id, or -1 while a batch has created the cluster but not yet numbered it.</summary>
    public int Id { get; set; } = -1;

    /// <summary>Template tokens; <c>null</c> is a wildcard. Masked tokens keep their marker characters.</summary>
    public string?[] Tokens { get; }

    /// <summary>Position of the message that created the cluster, used to number clusters of a batch in input order.</summary>
    public long FirstLine { get; }

    /// <summary>How many messages were learned into the cluster.</summary>
    public long Count { get; set; }

    /// <summary>Number of constant (non-wildcard) tokens.</summary>
    public int ConstantCount { get; private set; } = -1;

    /// <summary>Forgets the rendered text after the tokens changed.</summary>
    public void Invalidate()
    {
        _text = null;
        var constants = 0;
        foreach (var token in Tokens)
        {
            if (token is not null)
            {
                constants++;
            }
        }

        ConstantCount = constants;
    }

    /// <summary>The template with every variable written as <c>&lt;*&gt;</c>.</summary>
    public string Render()
    {
        var text = _text;
        if (text is not null)
        {
            return text;
        }

        var builder = new StringBuilder();
        for (var i = 0; i < Tokens.Length; i++)
        {
            if (i > 0)
            {
                builder.Append(' ');
            }

            var token = Tokens[i];
            if (token is null)
            {
                builder.Append("<*>");
                continue;
            }

            foreach (var c in token)
            {
                if (c == MessageMasker.Variable)
                {
                    builder.Append("<*>");
                }
                else
                {
                    builder.Append(c);
                }
            }
        }

        text = builder.ToString();
        _text = text;
        return text;
    }
}
