namespace Hindsight.Logs.Templates.Internal;

/// <summary>The messages of a batch that have one token count: a slice of the batch's order array, in input order.</summary>
internal readonly record struct TokenCountBucket(int TokenCount, int Start, int Length);
