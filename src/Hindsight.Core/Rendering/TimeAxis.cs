namespace Hindsight.Rendering;

/// <summary>Maps instants to horizontal positions between <see cref="Left"/> and <see cref="Right"/>.</summary>
internal sealed record TimeAxis(DateTimeOffset From, DateTimeOffset To, double Left, double Right)
{
    public double X(DateTimeOffset instant) =>
        Left + ((Right - Left) * ((instant - From) / (To - From)));
}
