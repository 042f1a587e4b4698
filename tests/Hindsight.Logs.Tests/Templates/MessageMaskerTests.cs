using Hindsight.Logs.Templates.Internal;

namespace Hindsight.Logs.Tests.Templates;

public class MessageMaskerTests
{
    [Theory]
    [InlineData("retry 3 of 10", "retry <*> of <*>")]
    [InlineData("took -42 units", "took <*> units")]
    [InlineData("from 10.1.2.3 port 22", "from <*> port <*>")]
    [InlineData("peer 192.168.0.17:50010 closed", "peer <*> closed")]
    [InlineData("peer /10.0.0.5:8080 closed", "peer /<*> closed")]
    [InlineData("bound to fe80::1ff:fe23:4567:890a now", "bound to <*> now")]
    [InlineData("flags 0x1f set", "flags <*> set")]
    [InlineData("object a64f992 freed", "object <*> freed")]
    [InlineData("request 123e4567-e89b-12d3-a456-426614174000 done", "request <*> done")]
    [InlineData("opened /var/lib/app/data.db", "opened <*>")]
    [InlineData("loaded C:\\Apps\\Tool\\core.dll", "loaded <*>")]
    [InlineData("GET https://example.org/a/b?c=1 failed", "GET <*> failed")]
    [InlineData("finished in 12ms", "finished in <*>")]
    [InlineData("finished in 1.5s total", "finished in <*> total")]
    [InlineData("deleting blk_-5140072410813878235 now", "deleting blk_<*> now")]
    [InlineData("deleting blk_38865049064139660 now", "deleting blk_<*> now")]
    [InlineData("started at 2024-03-01T12:30:45.123Z here", "started at <*> here")]
    [InlineData("connection at Fri Jun 17 07:07:00 2005", "connection at <*>")]
    [InlineData("visible=true, dimmed:false, owner=null", "visible=<*>, dimmed:<*>, owner=<*>")]
    [InlineData("tag=\"View Lock\" name=app", "tag=\"<*>\" name=app")]
    [InlineData("session opened for user root by (uid=0)", "session opened for user root by (uid=<*>)")]
    [InlineData("rhost=5.36.59.76.dsl.example.net user=root", "rhost=<*> user=root")]
    [InlineData("task attempt_1445_0020_m_000003_0 done", "task attempt_<*> done")]
    public void Mask_VariableKinds_BecomeWildcards(string message, string expected)
    {
        Assert.Equal(expected, MaskForDisplay(message, out _));
    }

    [Theory]
    [InlineData("10.0.0.1 \"GET /v2/servers/detail HTTP/1.1\" status: 200", "<*> \"GET <*>\" status: <*>", 5)]
    [InlineData("10.0.0.1 \"DELETE /v2/servers/7 HTTP/1.1\" status: 204", "<*> \"DELETE <*>\" status: <*>", 5)]
    [InlineData("query \"SELECT id FROM books WHERE id = 7\" slow", "query \"SELECT <*>\" slow", 4)]
    [InlineData("said \"Connection reset by peer\" twice", "said \"<*>\" twice", 3)]
    [InlineData("said \"OK then\" twice", "said \"<*>\" twice", 3)]
    public void Mask_QuotedRequest_KeepsItsVerbAsATokenOfItsOwn(string message, string expected, int expectedTokens)
    {
        Assert.Equal(expected, MaskForDisplay(message, out var tokens));
        Assert.Equal(expectedTokens, tokens);
    }

    [Theory]
    [InlineData("close, 0 bytes sent, lifetime 00:01", "close, <*> sent, lifetime <*>", 5)]
    [InlineData("close, 18846 bytes (18.4 KB) sent, lifetime <1 sec", "close, <*> sent, lifetime <*>", 5)]
    [InlineData("close, 1190 bytes (1.16 KB), lifetime 2 seconds", "close, <*>, lifetime <*>", 4)]
    [InlineData("retried after 1 second", "retried after <*>", 3)]
    [InlineData("retried after 30 seconds", "retried after <*>", 3)]
    [InlineData("took 812 ms, then 3 s.", "took <*>, then <*>.", 4)]
    [InlineData("queue of 3 items (2 new) full", "queue of <*> items (<*> new) full", 7)]
    [InlineData("bytes read: 42", "bytes read: <*>", 3)]
    public void Mask_QuantityWithItsUnit_IsOneVariableWhateverTheUnit(string message, string expected, int expectedTokens)
    {
        Assert.Equal(expected, MaskForDisplay(message, out var tokens));
        Assert.Equal(expectedTokens, tokens);
    }

    [Fact]
    public void Mask_ConsecutiveVariables_CollapseToOneToken()
    {
        var text = MaskForDisplay("ask 10.0.0.1:50010 to delete blk_1 blk_2 blk_3", out var tokens);

        Assert.Equal("ask <*> to delete blk_<*>", text);
        Assert.Equal(5, tokens);
    }

    [Fact]
    public void Mask_WhitespaceAndControlCharacters_SeparateTokensOnce()
    {
        var text = MaskForDisplay("  a\t\tb \u0001 c\r\n", out var tokens);

        Assert.Equal("a b c", text);
        Assert.Equal(3, tokens);
    }

    [Fact]
    public void Mask_ConstantWords_AreKept()
    {
        Assert.Equal(
            "Starting TrustedInstaller finalization.",
            MaskForDisplay("Starting TrustedInstaller finalization.", out _));
    }

    [Fact]
    public void Mask_UnclosedQuote_DoesNotSwallowTheRest()
    {
        Assert.Equal("said \"hello there", MaskForDisplay("said \"hello there", out var tokens));
        Assert.Equal(3, tokens);
    }

    [Fact]
    public void Mask_VeryLongMessage_KeepsTheFirstTokensAndOneTrailingVariable()
    {
        var message = string.Join(' ', Enumerable.Range(0, 1000).Select(i => i % 2 == 0 ? "word" : "text"));

        var text = MaskForDisplay(message, out var tokens);

        Assert.Equal(MessageMasker.MaxTokens, tokens);
        Assert.EndsWith("text word <*>", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Mask_EmptyMessage_HasNoTokens()
    {
        Assert.Equal(string.Empty, MaskForDisplay("   ", out var tokens));
        Assert.Equal(0, tokens);
    }

    private static string MaskForDisplay(string message, out int tokenCount)
    {
        var buffer = new char[message.Length];
        var length = MessageMasker.Mask(message, buffer, out tokenCount);
        return new string(buffer, 0, length).Replace(MessageMasker.Variable.ToString(), "<*>", StringComparison.Ordinal);
    }
}
