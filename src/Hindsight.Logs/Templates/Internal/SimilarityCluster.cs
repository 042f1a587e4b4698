using System.Buffers;
using System.Text;

namespace Hindsight.Logs.Templates.Internal;

/// <summary>
/// A Drain cluster: messages of one token count whose constants mostly agree. Its template only generalises (a
/// position that ever differed is a wildcard). Positions that saw few distinct words keep those words apart: the
/// messages of the cluster are split into <see cref="TemplateCluster"/>s by the words at such positions, so that
/// "layout begin" and "layout end" stay two events while "user alice", "user bob", ... become one.
/// </summary>
internal sealed class SimilarityCluster
{
    private const char KeySeparator = '\u0002';
    private const char KeyWildcard = '\u0003';
    private const int MaxEvents = 256;

    private readonly int _maxDistinctWords;
    // Marks a position that no longer separates events.
    private static readonly object VariablePosition = new();

    // Per position: VariablePosition, or the distinct words seen so far (null: none yet; a string: one; a List: more).
    // Lists exist only where words differ, so a cluster of a very long message costs one slot per position.
    private readonly object?[] _positionWords;
    private readonly Dictionary<string, TemplateCluster> _events = new(StringComparer.Ordinal);

    public SimilarityCluster(string?[] tokens, int maxDistinctWords)
    {
        Tokens = tokens;
        _maxDistinctWords = maxDistinctWords;
        _positionWords = new object?[tokens.Length];
        for (var i = 0; i < tokens.Length; i++)
        {
            // A position that starts as a variable never keeps words apart.
            _positionWords[i] = tokens[i] is null ? VariablePosition : null;
        }

        Invalidate();
    }

    /// <summary>Template tokens; <c>null</c> is a wildcard. Masked tokens keep their marker characters.</summary>
    public string?[] Tokens { get; }

    /// <summary>Number of constant (non-wildcard) tokens.</summary>
    public int ConstantCount { get; private set; }

    /// <summary>Changes whenever <see cref="Tokens"/> changes, so that events know to render again.</summary>
    public int Version { get; private set; }

    /// <summary>Recounts the constants after the tokens changed.</summary>
    public void Invalidate()
    {
        Version++;
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

    /// <summary>
    /// Records the words of a message that joined this cluster and returns its event, creating it if needed.
    /// </summary>
    public TemplateCluster Record(ReadOnlySpan<char> masked, ReadOnlySpan<Range> tokens, long line, List<TemplateCluster> created)
    {
        var overflowed = false;
        for (var i = 0; i < tokens.Length; i++)
        {
            var words = _positionWords[i];
            if (ReferenceEquals(words, VariablePosition))
            {
                continue;
            }

            var token = masked[tokens[i]];
            if (MessageMasker.HasVariable(token) || !AddWord(i, words, token))
            {
                _positionWords[i] = VariablePosition;
                overflowed = true;
            }
        }

        if (overflowed)
        {
            Rekey();
        }

        var existing = Lookup(masked, tokens, out var key, create: true);
        if (existing is null && _events.Count >= MaxEvents)
        {
            // Words combine into too many events: the positions that vary stop separating them, which bounds memory.
            for (var i = 0; i < _positionWords.Length; i++)
            {
                if (_positionWords[i] is List<string>)
                {
                    _positionWords[i] = VariablePosition;
                }
            }

            Rekey();
            existing = Lookup(masked, tokens, out key, create: true);
        }

        if (existing is not null)
        {
            return existing.Representative();
        }

        var values = new string?[tokens.Length];
        for (var i = 0; i < tokens.Length; i++)
        {
            values[i] = IsVariable(i) ? null : masked[tokens[i]].ToString();
        }

        var cluster = new TemplateCluster(this, values, line);
        _events.Add(key!, cluster);
        created.Add(cluster);
        return cluster;
    }

    /// <summary>The event of a message without changing anything: by its words, else the oldest event.</summary>
    public TemplateCluster Find(ReadOnlySpan<char> masked, ReadOnlySpan<Range> tokens)
    {
        var existing = Lookup(masked, tokens, out _, create: false);
        if (existing is not null)
        {
            return existing.Representative();
        }

        TemplateCluster? oldest = null;
        foreach (var candidate in _events.Values)
        {
            var representative = candidate.Representative();
            if (oldest is null || representative.FirstLine < oldest.FirstLine)
            {
                oldest = representative;
            }
        }

        return oldest!;
    }

    private TemplateCluster? Lookup(ReadOnlySpan<char> masked, ReadOnlySpan<Range> tokens, out string? newKey, bool create)
    {
        var length = 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            length += 1 + (IsVariable(i) ? 1 : tokens[i].GetOffsetAndLength(masked.Length).Length);
        }

        char[]? rented = null;
        var key = length <= 512 ? stackalloc char[length] : (rented = ArrayPool<char>.Shared.Rent(length)).AsSpan(0, length);
        var position = 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            key[position++] = KeySeparator;
            if (IsVariable(i))
            {
                key[position++] = KeyWildcard;
                continue;
            }

            var token = masked[tokens[i]];
            token.CopyTo(key[position..]);
            position += token.Length;
        }

        _events.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out var found);
        newKey = found is null && create ? key.ToString() : null;
        if (rented is not null)
        {
            ArrayPool<char>.Shared.Return(rented);
        }

        return found;
    }

    // Some positions stopped separating events: events that now share a key become one (the oldest absorbs the rest).
    private void Rekey()
    {
        var events = _events.Values.ToList();
        _events.Clear();
        foreach (var cluster in events)
        {
            for (var i = 0; i < cluster.Values.Length; i++)
            {
                if (IsVariable(i))
                {
                    cluster.Values[i] = null;
                }
            }

            cluster.Invalidate();

            var key = KeyOf(cluster.Values);
            if (_events.TryGetValue(key, out var other))
            {
                _events[key] = TemplateCluster.Union(other, cluster);
            }
            else
            {
                _events.Add(key!, cluster);
            }
        }
    }

    private static string KeyOf(string?[] values)
    {
        var builder = new StringBuilder();
        foreach (var value in values)
        {
            builder.Append(KeySeparator);
            if (value is null)
            {
                builder.Append(KeyWildcard);
            }
            else
            {
                builder.Append(value);
            }
        }

        return builder.ToString();
    }

    private bool IsVariable(int index) => ReferenceEquals(_positionWords[index], VariablePosition);

    // Records a word at a position; false when that makes one distinct word too many.
    private bool AddWord(int index, object? words, ReadOnlySpan<char> token)
    {
        switch (words)
        {
            case null:
                if (_maxDistinctWords == 0)
                {
                    return false;
                }

                _positionWords[index] = token.ToString();
                return true;
            case string only:
                if (token.SequenceEqual(only))
                {
                    return true;
                }

                if (_maxDistinctWords < 2)
                {
                    return false;
                }

                _positionWords[index] = new List<string>(_maxDistinctWords) { only, token.ToString() };
                return true;
            default:
                var list = (List<string>)words;
                if (ContainsWord(list, token))
                {
                    return true;
                }

                if (list.Count == _maxDistinctWords)
                {
                    return false;
                }

                list.Add(token.ToString());
                return true;
        }
    }

    private static bool ContainsWord(List<string> words, ReadOnlySpan<char> token)
    {
        foreach (var word in words)
        {
            if (token.SequenceEqual(word))
            {
                return true;
            }
        }

        return false;
    }
}
