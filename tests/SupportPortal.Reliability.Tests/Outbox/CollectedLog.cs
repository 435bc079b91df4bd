using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace SupportPortal.Reliability.Tests.Outbox;

/// <summary>Keeps the warnings and errors of a test's portal, so the test can report and check them.</summary>
public sealed class CollectedLog : ILoggerProvider
{
    public ConcurrentQueue<(LogLevel Level, string Category, string Message)> Entries { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(CollectedLog log, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                log.Entries.Enqueue((logLevel, category, formatter(state, exception) + (exception is null ? "" : $" [{exception.GetType().Name}: {exception.Message}]")));
            }
        }
    }
}
