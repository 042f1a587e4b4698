using Hindsight.Import;

namespace Hindsight.Core.Tests.Import;

/// <summary>Reads the importer's fixtures (written for the project; the BooktifuL report is the project's own seed).</summary>
internal static class ImportFixtures
{
    public static string Text(string name) =>
        File.ReadAllText(Path.Combine(TestFiles.RepositoryRoot, "tests", "Hindsight.Core.Tests", "Import", "Fixtures", name));

    public static ImportResult Import(string name, ImportOptions? options = null) => PostmortemImporter.Import(Text(name), options);
}
