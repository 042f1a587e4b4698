using Hindsight.Logs.Templates.Internal;

namespace Hindsight.Logs.Tests.Templates;

public class MessageSlotsTests
{
    // Hashes that differ only above the set bits share a set.
    private const int SetStride = 1 << 13;

    [Fact]
    public void Store_TwoMessagesOfOneSetSeenInTurn_BothGetInFromTheirSecondSighting()
    {
        var slots = new MessageSlots<Answer>();
        var a = new Answer(5, "disk full on /var");
        var b = new Answer(5 + SetStride, "connection refused");

        var sightings = new[] { a, b, a, b }.Select(answer => Sight(slots, answer)).ToArray();

        Assert.Equal([false, false, true, true], sightings);
        Assert.Same(a, slots.Find(a.Message, a.Hash));
        Assert.Same(b, slots.Find(b.Message, b.Hash));
    }

    [Fact]
    public void Find_SameHashOtherText_Misses()
    {
        var slots = new MessageSlots<Answer>();
        slots.Store(new Answer(7, "disk full on /var"));

        Assert.Null(slots.Find("disk full on /tmp", 7));
    }

    [Fact]
    public void Store_ThirdMessageInAFullSet_ReplacesOneWayOnly()
    {
        var slots = new MessageSlots<Answer>();
        var answers = Enumerable.Range(0, 3).Select(i => new Answer(9 + (i * SetStride), $"message {i}")).ToArray();

        foreach (var answer in answers)
        {
            slots.Store(answer);
        }

        Assert.Same(answers[2], slots.Find(answers[2].Message, answers[2].Hash));
        Assert.Single(answers[..2], answer => slots.Find(answer.Message, answer.Hash) is not null);
    }

    [Fact]
    public void Clear_ForgetsEveryEntry()
    {
        var slots = new MessageSlots<Answer>();
        var answer = new Answer(11, "session opened");
        slots.Store(answer);

        slots.Clear();

        Assert.Null(slots.Find(answer.Message, answer.Hash));
    }

    private static bool Sight(MessageSlots<Answer> slots, Answer answer)
    {
        if (slots.Find(answer.Message, answer.Hash) is not null)
        {
            return true;
        }

        var second = slots.IsSecondSighting(answer.Hash);
        if (second)
        {
            slots.Store(answer);
        }

        return second;
    }

    private sealed class Answer(int hash, string message) : CachedMessage(hash, message);
}
