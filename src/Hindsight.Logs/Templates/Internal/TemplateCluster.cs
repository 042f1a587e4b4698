using System.Text;

namespace Hindsight.Logs.Templates.Internal;

/// <summary>
/// One event: the unit that gets a public id. Its words at the distinguishing positions of its
/// <see cref="SimilarityCluster"/> (null where the position became a variable) form its template. Events that stop
/// being distinguishable are united; the oldest stays the representative, so an id, once given, keeps naming the same
/// messages.
/// </summary>
internal sealed class TemplateCluster
{
    private readonly SimilarityCluster _owner;
    private TemplateCluster? _parent;
    private string? _text;
    private int _textVersion;

    public TemplateCluster(SimilarityCluster owner, string?[] values, long firstLine)
    {
        _owner = owner;
        Values = values;
        FirstLine = firstLine;
    }

    /// <summary>The global id, or -1 while a batch has created the cluster but not yet numbered it.</summary>
    public int Id { get; set; } = -1;

    /// <summary>
    /// Words at the positions that separate events; <c>null</c> elsewhere, where the cluster's template applies.
    /// Masked tokens keep their marker characters.
    /// </summary>
    public string?[] Values { get; }

    /// <summary>Position of the message that created the cluster, used to number clusters of a batch in input order.</summary>
    public long FirstLine { get; }

    /// <summary>How many messages were learned into the cluster (and the clusters it absorbed).</summary>
    public long Count { get; set; }

    /// <summary>Whether this cluster still stands for itself rather than for a cluster that absorbed it.</summary>
    public bool IsRepresentative => _parent is null;

    public TemplateCluster Representative()
    {
        var root = this;
        while (root._parent is not null)
        {
            root = root._parent;
        }

        // Path compression keeps later look-ups short.
        var node = this;
        while (node._parent is not null && node._parent != root)
        {
            var next = node._parent;
            node._parent = root;
            node = next;
        }

        return root;
    }

    /// <summary>Unites two clusters; the older one (by first message) represents both.</summary>
    public static TemplateCluster Union(TemplateCluster left, TemplateCluster right)
    {
        var a = left.Representative();
        var b = right.Representative();
        if (a == b)
        {
            return a;
        }

        var (root, absorbed) = a.FirstLine <= b.FirstLine ? (a, b) : (b, a);
        absorbed._parent = root;
        root.Count += absorbed.Count;
        root._text = null;
        return root;
    }

    /// <summary>Forgets the rendered text after the values changed.</summary>
    public void Invalidate() => _text = null;

    /// <summary>The template with every variable written as <c>&lt;*&gt;</c>.</summary>
    public string Render()
    {
        // The cluster's template generalises as messages join it; render again when it changed.
        var text = _text;
        if (text is not null && _textVersion == _owner.Version)
        {
            return text;
        }

        var version = _owner.Version;
        var template = _owner.Tokens;
        var builder = new StringBuilder();
        for (var i = 0; i < Values.Length; i++)
        {
            if (i > 0)
            {
                builder.Append(' ');
            }

            var token = Values[i] ?? template[i];
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
        _textVersion = version;
        return text;
    }
}
