using System.Text;
using Hindsight.Logs.Reading;

namespace Hindsight.Logs.Tests.Reading;

public class PlainAsciiDecodingTests
{
    [Fact]
    public void TryDecodePlainAscii_PlainLines_DecodesEachLineAsDecodeDoes()
    {
        string[] lines =
        [
            "Jun 14 15:16:01 host sshd[42]: session opened", "", "tab\there, form feed\fand escape\u001b[0m", "~DEL\u007f end",
            "a carriage\rreturn inside", "vertical\vtab",
        ];
        var bytes = Encoding.ASCII.GetBytes(string.Concat(lines));
        var chars = new char[bytes.Length];

        Assert.True(LogLineReader.TryDecodePlainAscii(bytes, chars));

        var offset = 0;
        foreach (var line in lines)
        {
            var lineChars = new char[line.Length];
            Assert.Equal(LineDecoding.Text, LogLineReader.Decode(bytes.AsSpan(offset, line.Length), lineChars, out var written));
            Assert.Equal(new string(lineChars, 0, written), new string(chars, offset, line.Length));
            offset += line.Length;
        }
    }

    [Theory]
    [InlineData(new byte[] { 0x61, 0x00, 0x62 })]
    [InlineData(new byte[] { 0x61, 0x07, 0x62 })]
    [InlineData(new byte[] { 0x63, 0x61, 0x66, 0xc3, 0xa9 })]
    [InlineData(new byte[] { 0x61, 0xff, 0x62 })]
    public void TryDecodePlainAscii_ControlOrNonAsciiByte_LeavesTheLinesToDecode(byte[] bytes)
    {
        Assert.False(LogLineReader.TryDecodePlainAscii(bytes, new char[bytes.Length]));
    }

    [Fact]
    public void TryDecodePlainAscii_OneBellInALongLine_LeavesItToDecodeWhichKeepsItAsText()
    {
        // Decode calls a line binary only when control bytes are more than one in ten; the batch check declines at one.
        var bytes = Encoding.ASCII.GetBytes("build finished \u0007 after " + new string('x', 100));
        var chars = new char[bytes.Length];

        Assert.False(LogLineReader.TryDecodePlainAscii(bytes, chars));
        Assert.Equal(LineDecoding.Text, LogLineReader.Decode(bytes, chars, out var written));
        Assert.Equal(bytes.Length, written);
    }
}
