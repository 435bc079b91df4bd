namespace SupportPortal.Web.Startup;

/// <summary>
/// Keeps the host from logging a failed start-up with its stack trace. Program reports that failure itself:
/// a settings problem as one sentence, anything else as the runtime's unhandled exception (stack trace included).
/// Once the app has started, the host's errors are logged as usual.
/// </summary>
internal sealed class StartupFailureLogging : IHostedLifecycleService
{
    private const string HostCategory = "Microsoft.Extensions.Hosting.Internal.Host";

    private volatile bool started;

    public static IHostApplicationBuilder AddTo(IHostApplicationBuilder builder)
    {
        var logging = new StartupFailureLogging();
        builder.Logging.AddFilter(HostCategory, level => level >= LogLevel.Information && (level < LogLevel.Error || logging.started));
        builder.Services.AddSingleton<IHostedService>(logging);
        return builder;
    }

    public Task StartedAsync(CancellationToken cancellationToken)
    {
        started = true;
        return Task.CompletedTask;
    }

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
