namespace Hindsight.Logs.Templates;

/// <summary>A snapshot of one mined template.</summary>
/// <param name="Id">The cluster id, stable for the life of the miner.</param>
/// <param name="Template">The template text, each variable written as <c>&lt;*&gt;</c>.</param>
/// <param name="Count">How many messages were learned into the cluster.</param>
public sealed record LogTemplate(int Id, string Template, long Count);
