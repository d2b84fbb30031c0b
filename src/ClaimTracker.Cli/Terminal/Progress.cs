using Spectre.Console;

namespace ClaimTracker.Cli.Terminal;

/// <summary>Receives a command's progress: stages (reading, extracting, comparing, writing) made of steps.</summary>
internal interface IProgressSink
{
    /// <summary>Starts a stage of <paramref name="steps"/> steps (0 when the number is unknown); ends the previous one.</summary>
    void Stage(string name, int steps);

    /// <summary>One step of the current stage is done; <paramref name="detail"/> names it (an article id, a file).</summary>
    void Step(string? detail = null);
}

/// <summary>Runs a command's work under a progress display (or none).</summary>
internal interface ICliProgress
{
    /// <summary>
    /// Runs <paramref name="work"/>, giving it a sink and the stdout/stderr writers to use while the display is live;
    /// what it writes there appears once the display is gone.
    /// </summary>
    int Run(Func<IProgressSink, TextWriter, TextWriter, int> work);
}

/// <summary>Shows nothing.</summary>
internal sealed class NoProgress : ICliProgress, IProgressSink
{
    private readonly TextWriter _stdout;
    private readonly TextWriter _stderr;

    /// <summary>Creates it over the command's writers.</summary>
    public NoProgress(TextWriter stdout, TextWriter stderr)
    {
        _stdout = stdout;
        _stderr = stderr;
    }

    /// <summary>A sink that ignores everything.</summary>
    public static IProgressSink Sink { get; } = new NoProgress(TextWriter.Null, TextWriter.Null);

    /// <inheritdoc />
    public int Run(Func<IProgressSink, TextWriter, TextWriter, int> work) => work(this, _stdout, _stderr);

    /// <inheritdoc />
    public void Stage(string name, int steps)
    {
    }

    /// <inheritdoc />
    public void Step(string? detail = null)
    {
    }
}

/// <summary>
/// A Spectre.Console progress display on stderr: one task per stage with a bar and the current step. Output the work
/// writes meanwhile is held back and written when the display has been cleared, so the two never interleave.
/// </summary>
internal sealed class SpectreProgress : ICliProgress
{
    private readonly IAnsiConsole _console;
    private readonly TextWriter _stdout;
    private readonly TextWriter _stderr;

    /// <summary>Creates the display.</summary>
    /// <param name="stdout">Where the work's standard output finally goes.</param>
    /// <param name="stderr">Where the display is drawn and the work's errors finally go.</param>
    /// <param name="interactive">Draw a live display (a terminal); otherwise Spectre prints plain status lines.</param>
    public SpectreProgress(TextWriter stdout, TextWriter stderr, bool interactive = true)
    {
        _stdout = stdout;
        _stderr = stderr;
        _console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Yes : InteractionSupport.No,
            Out = new AnsiConsoleOutput(stderr),
        });
    }

    /// <inheritdoc />
    public int Run(Func<IProgressSink, TextWriter, TextWriter, int> work)
    {
        var heldOut = new StringWriter();
        var heldErr = new StringWriter();
        try
        {
            return _console.Progress()
                .AutoClear(true)
                .HideCompleted(false)
                .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new SpinnerColumn())
                .Start(context => work(new Sink(context), heldOut, heldErr));
        }
        finally
        {
            _stderr.Write(heldErr.ToString());
            _stdout.Write(heldOut.ToString());
        }
    }

    private sealed class Sink(ProgressContext context) : IProgressSink
    {
        private ProgressTask? _task;
        private string _name = "";

        public void Stage(string name, int steps)
        {
            Finish();
            _name = name;
            _task = context.AddTask(Markup.Escape(name), maxValue: Math.Max(steps, 1));
            _task.IsIndeterminate = steps <= 0;
        }

        public void Step(string? detail = null)
        {
            if (_task is null)
            {
                return;
            }

            _task.Increment(1);
            if (detail is not null)
            {
                _task.Description = Markup.Escape($"{_name} {detail}");
            }
        }

        private void Finish()
        {
            if (_task is not null)
            {
                _task.IsIndeterminate = false;
                _task.Description = Markup.Escape(_name);
                _task.Value = _task.MaxValue;
                _task.StopTask();
            }
        }
    }
}

/// <summary>Picks the progress display for a command from <see cref="ProgressPolicy"/>.</summary>
internal static class CliProgress
{
    /// <summary>A Spectre display when <see cref="ProgressPolicy.ShouldShow"/> says so, else <see cref="NoProgress"/>.</summary>
    public static ICliProgress For(CliEnvironment environment, bool quiet, TextWriter stdout, TextWriter stderr) =>
        ProgressPolicy.ShouldShow(environment, quiet) ? new SpectreProgress(stdout, stderr) : new NoProgress(stdout, stderr);
}
