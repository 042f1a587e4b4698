namespace Hindsight.Logs.Templates.Internal;

/// <summary>The batch positions of the messages that have one token count, in input order.</summary>
internal sealed record TokenCountBucket(int TokenCount, List<int> Lines);
