using Hindsight.Logs.Reading;

namespace Hindsight.Logs.Tests.Reading;

public class LogReaderTests
{
    private static readonly LogReadOptions Utc = new(TimeZoneInfo.Utc, ZoneIsExplicit: true, Year: 2022);

    [Fact]
    public void Read_TwoFiles_MergesLinesInTimeOrderKeepingContinuationLinesInPlace()
    {
        using var directory = new TempDirectory();
        var a = directory.File("a.log", "2022-02-26 12:00:01 INFO a1\n    continued a1\n2022-02-26 12:00:05 INFO a2\n");
        var b = directory.File("b.log", "2022-02-26 12:00:03 INFO b1\n2022-02-26 12:00:07 INFO b2\n");

        using var reader = new LogReader([LogSource.FromFile(a, "a.log"), LogSource.FromFile(b, "b.log")], Utc);
        var order = new List<string>();
        while (reader.Read())
        {
            order.Add($"{reader.CurrentFile.Source.DisplayName}:{reader.LineNumber}:{reader.Content.ToString()}");
        }

        Assert.Equal(["a.log:1:a1", "a.log:2:continued a1", "b.log:1:b1", "a.log:3:a2", "b.log:2:b2"], order);
    }

    [Fact]
    public void Read_TimestampsGoingBackwards_CountsThemAndKeepsEveryLine()
    {
        using var directory = new TempDirectory();
        var path = directory.File("back.log", "2022-02-26 12:00:05 INFO one\n2022-02-26 11:00:00 INFO two\n2022-02-26 12:00:06 INFO three\n");

        using var reader = new LogReader([LogSource.FromFile(path, "back.log")], Utc);
        var lines = 0;
        while (reader.Read())
        {
            lines++;
        }

        Assert.Equal(3, lines);
        Assert.Equal(1, reader.Files[0].BackwardsTimestamps);
        Assert.Contains(reader.Files[0].Notes(), note => note.Contains("earlier than the line before", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_EmptyFileAndFileWithoutTimestamps_AreReadWithNotes()
    {
        using var directory = new TempDirectory();
        var empty = directory.File("empty.log", "");
        var plain = directory.File("plain.txt", "hello\nworld\n");

        using var reader = new LogReader([LogSource.FromFile(empty, "empty.log"), LogSource.FromFile(plain, "plain.txt")], Utc);
        var lines = 0;
        while (reader.Read())
        {
            lines++;
            Assert.Null(reader.Parsed.Timestamp);
        }

        Assert.Equal(2, lines);
        Assert.Contains("empty.log: empty", reader.Files[0].Notes());
        Assert.Contains(reader.Files[1].Notes(), note => note.Contains("no line has a timestamp", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_ZoneLessTimestamps_NoteTheAssumedZone()
    {
        using var directory = new TempDirectory();
        var path = directory.File("app.log", "2022-02-26 12:00:05 INFO one\n");
        var nairobi = TimeZoneInfo.FindSystemTimeZoneById("Africa/Nairobi");

        using var reader = new LogReader([LogSource.FromFile(path, "app.log")], new LogReadOptions(nairobi, false, null));
        Assert.True(reader.Read());

        Assert.Equal(TimeSpan.FromHours(3), reader.Parsed.Timestamp!.Value.Offset);
        Assert.Contains("app.log: timestamps have no time zone; read as Africa/Nairobi", reader.Files[0].Notes());
    }
}
