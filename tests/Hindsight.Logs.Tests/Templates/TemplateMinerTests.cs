using Hindsight.Logs.Templates;

namespace Hindsight.Logs.Tests.Templates;

public class TemplateMinerTests
{
    [Fact]
    public void Learn_MessagesDifferingInVariables_ShareOneTemplate()
    {
        var miner = new TemplateMiner();

        var first = miner.Learn("Accepted password for alice from 10.0.0.1 port 5022 ssh2");
        var second = miner.Learn("Accepted password for alice from 10.0.0.9 port 6100 ssh2");

        Assert.Equal(first, second);
        // "ssh2" holds a digit, so it is a variable, and consecutive variables read as one.
        Assert.Equal("Accepted password for alice from <*> port <*>", miner.GetTemplate(first));
    }

    [Fact]
    public void GetTemplate_MaskedPartsOfTokens_KeepTheirConstantText()
    {
        var miner = new TemplateMiner();

        var id = miner.Learn("session opened for user root by (uid=0) blk_-42");
        miner.Learn("session opened for user root by (uid=1000) blk_77");

        Assert.Equal("session opened for user root by (uid=<*>) blk_<*>", miner.GetTemplate(id));
    }

    [Fact]
    public void GetTemplate_AfterTheClusterGeneralises_ShowsTheNewTemplate()
    {
        var miner = new TemplateMiner();
        var id = miner.Learn("cache warmed for region north in zone alpha");
        var before = miner.GetTemplate(id);

        foreach (var region in new[] { "south", "east", "west", "central" })
        {
            miner.Learn($"cache warmed for region {region} in zone alpha");
        }

        Assert.Equal("cache warmed for region north in zone alpha", before);
        Assert.Equal("cache warmed for region <*> in zone alpha", miner.GetTemplate(id));
    }

    [Fact]
    public void Learn_DifferentEvents_GetDifferentClusters()
    {
        var miner = new TemplateMiner();

        var opened = miner.Learn("session opened for user root");
        var disk = miner.Learn("disk quota exceeded on volume 7");

        Assert.NotEqual(opened, disk);
        Assert.Equal(2, miner.ClusterCount);
    }

    [Fact]
    public void Learn_FewDistinctWordsAtAPosition_StayApartAsEvents()
    {
        var miner = new TemplateMiner();

        var begin = miner.Learn("The change in focus caused a layout begin");
        var end = miner.Learn("The change in focus caused a layout end");

        Assert.NotEqual(begin, end);
        Assert.Equal(begin, miner.Match("The change in focus caused a layout begin"));
        Assert.Equal(end, miner.Match("The change in focus caused a layout end"));
    }

    [Fact]
    public void Learn_ManyDistinctWordsAtAPosition_BecomeOneVariable()
    {
        var miner = new TemplateMiner();
        string[] users = ["alice", "bob", "carol", "dave", "erin", "frank"];

        var ids = users.Select(user => miner.Learn($"Invalid user {user} from 10.0.0.1")).ToList();

        var matched = users.Select(user => miner.Match($"Invalid user {user} from 10.0.0.1")).Distinct().ToList();
        Assert.Single(matched);
        Assert.Equal(ids[0], matched[0]);
        Assert.Equal("Invalid user <*> from <*>", miner.GetTemplate(ids[0]));
        Assert.Equal(miner.GetTemplate(ids[0]), miner.GetTemplate(ids[1]));
    }

    [Fact]
    public void Learn_ManyCombinationsOfFewWords_StayBoundedInTemplates()
    {
        var miner = new TemplateMiner();
        string[] words = ["red", "green", "blue"];

        // One cluster (twelve constant words) whose six varying positions with three words each could make 729
        // events; the miner caps the combinations.
        foreach (var a in words)
        {
            foreach (var b in words)
            {
                foreach (var c in words)
                {
                    foreach (var d in words)
                    {
                        foreach (var e in words)
                        {
                            foreach (var f in words)
                            {
                                miner.Learn($"paint the north wall of the old barn with a wide brush {a} {b} {c} {d} {e} {f}");
                            }
                        }
                    }
                }
            }
        }

        Assert.InRange(miner.Templates.Count, 1, 256);
        Assert.Equal(729, miner.Templates.Sum(template => template.Count));
    }

    [Fact]
    public void Learn_IdOfAnEarlierMessage_NeverChanges()
    {
        var miner = new TemplateMiner();
        var first = miner.Learn("worker 3 started job 881");

        for (var i = 0; i < 200; i++)
        {
            miner.Learn($"worker {i} started job {i * 7}");
            miner.Learn($"cache miss for key k{i}");
        }

        Assert.Equal(first, miner.Learn("worker 3 started job 881"));
        Assert.Equal(first, miner.Match("worker 99 started job 1"));
    }

    [Fact]
    public void Match_WithoutLearning_ChangesNothing()
    {
        var miner = new TemplateMiner();
        var id = miner.Learn("connection reset by peer 10.1.1.1");
        var templatesBefore = miner.Templates;

        var unrelated = miner.Match("completely different message text here");
        var related = miner.Match("connection reset by peer 10.9.9.9");

        Assert.Equal(-1, unrelated);
        Assert.Equal(id, related);
        Assert.Equal(1, miner.ClusterCount);
        Assert.Equal(templatesBefore, miner.Templates);
        Assert.Equal(1, miner.Templates[0].Count);
    }

    [Fact]
    public void Match_EmptyMiner_ReturnsMinusOne()
    {
        Assert.Equal(-1, new TemplateMiner().Match("anything at all"));
    }

    [Fact]
    public void Templates_ListsEveryClusterWithItsCount()
    {
        var miner = new TemplateMiner();
        miner.Learn("GET /index.html 200 in 3ms");
        miner.Learn("GET /index.html 200 in 5ms");
        miner.Learn("disk full on /dev/sda1");

        var templates = miner.Templates;

        Assert.Equal(2, templates.Count);
        Assert.Equal(new LogTemplate(0, "GET /index.html <*> in <*>", 2), templates[0]);
        Assert.Equal(new LogTemplate(1, "disk full on <*>", 1), templates[1]);
    }

    [Fact]
    public void Learn_EmptyMessage_HasItsOwnCluster()
    {
        var miner = new TemplateMiner();

        var empty = miner.Learn("   ");
        var other = miner.Learn("x");

        Assert.NotEqual(empty, other);
        Assert.Equal(string.Empty, miner.GetTemplate(empty));
        Assert.Equal(empty, miner.Match(string.Empty));
    }

    [Fact]
    public void GetTemplate_UnknownId_Throws()
    {
        var miner = new TemplateMiner();
        miner.Learn("one message");

        Assert.Throws<ArgumentOutOfRangeException>(() => miner.GetTemplate(1));
        Assert.Throws<ArgumentOutOfRangeException>(() => miner.GetTemplate(-1));
    }

    [Theory]
    [InlineData(1, 0.5, 100)]
    [InlineData(4, 1.5, 100)]
    [InlineData(4, 0.5, 0)]
    public void Constructor_OptionOutOfRange_Throws(int depth, double similarity, int maxChildren)
    {
        var options = new TemplateMinerOptions { Depth = depth, SimilarityThreshold = similarity, MaxChildren = maxChildren };

        Assert.Throws<ArgumentOutOfRangeException>(() => new TemplateMiner(options));
    }
}
