namespace Hindsight.Import.Internal;

/// <summary>The structural role of one source line.</summary>
internal enum LineKind
{
    Blank,
    Heading,
    ListItem,
    Text,
    TableRow,
    TableHeader,
    Code,
    Decoration,
}
