namespace Hindsight.Logs.Templates.Internal;

/// <summary>A node of the fixed-depth prefix tree: children keyed by a constant token, one wildcard child, and at the
/// leaf level the clusters themselves.</summary>
internal sealed class PrefixTreeNode
{
    private Dictionary<string, PrefixTreeNode>? _children;

    public PrefixTreeNode? Wildcard { get; private set; }

    public List<SimilarityCluster> Clusters { get; } = [];

    public int ChildCount => _children?.Count ?? 0;

    /// <summary>Follows <paramref name="token"/> without changing the tree: the exact child, else the wildcard child.</summary>
    public PrefixTreeNode? Find(ReadOnlySpan<char> token)
    {
        if (_children is not null && !MessageMasker.HasVariable(token)
            && _children.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(token, out var child))
        {
            return child;
        }

        return Wildcard;
    }

    /// <summary>Follows <paramref name="token"/>, adding a child when there is room, else using the wildcard child.</summary>
    public PrefixTreeNode FindOrAdd(ReadOnlySpan<char> token, int maxChildren)
    {
        if (!MessageMasker.HasVariable(token))
        {
            _children ??= new Dictionary<string, PrefixTreeNode>(StringComparer.Ordinal);
            var lookup = _children.GetAlternateLookup<ReadOnlySpan<char>>();
            if (lookup.TryGetValue(token, out var child))
            {
                return child;
            }

            if (_children.Count < maxChildren)
            {
                child = new PrefixTreeNode();
                lookup[token] = child;
                return child;
            }
        }

        return Wildcard ??= new PrefixTreeNode();
    }
}
