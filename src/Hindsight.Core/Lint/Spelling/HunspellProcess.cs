using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace Hindsight.Lint.Spelling;

/// <summary>One running <c>hunspell</c> program, with its input and output pipes.</summary>
internal sealed class HunspellProcess : IDisposable
{
    private readonly Process _process;

    private HunspellProcess(Process process)
    {
        _process = process;
        process.StandardInput.AutoFlush = false;
    }

    public StreamWriter Input => _process.StandardInput;

    public StreamReader Output => _process.StandardOutput;

    /// <summary>Starts <paramref name="program"/> with <paramref name="arguments"/>.</summary>
    /// <exception cref="SpellCheckerUnavailableException">The program is not installed.</exception>
    public static HunspellProcess Start(string program, IEnumerable<string> arguments)
    {
        var info = new ProcessStartInfo(program)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        try
        {
            var process = Process.Start(info) ?? throw new SpellCheckerUnavailableException($"{program} could not be started; {HunspellSpellChecker.InstallHint}");
            return new HunspellProcess(process);
        }
        catch (Win32Exception exception)
        {
            throw new SpellCheckerUnavailableException($"{program} is not installed ({exception.Message}); {HunspellSpellChecker.InstallHint}", exception);
        }
    }

    /// <summary>What the program said on standard error before it exited, once its output has ended.</summary>
    public string ExitReason()
    {
        var reason = _process.StandardError.ReadToEnd().Trim();
        _process.WaitForExit(2000);
        return reason;
    }

    /// <summary>The exit code, once the program has exited; null while it runs.</summary>
    public int? ExitCode => _process.HasExited ? _process.ExitCode : null;

    /// <summary>Writes every line on another thread, so that a large batch cannot fill both pipes and deadlock.</summary>
    public Task WriteLinesAsync(IEnumerable<string> lines) => Task.Run(() =>
    {
        foreach (var line in lines)
        {
            Input.Write(line);
            Input.Write('\n');
        }

        Input.Flush();
    });

    public void Dispose()
    {
        try
        {
            _process.StandardInput.Close();
            if (!_process.WaitForExit(2000))
            {
                _process.Kill();
            }
        }
        catch (Exception exception) when (exception is InvalidOperationException or IOException)
        {
            // Already gone.
        }

        _process.Dispose();
    }
}
