using System.Diagnostics;

namespace SupportPortal.Web.Tests;

/// <summary>Runs the built portal as an operator would, <c>dotnet SupportPortal.Web.dll</c>, in a fresh working folder.</summary>
internal static class PortalProcess
{
    // A portal that does not stop on its own by then has started, which these tests count as a failure.
    private static readonly TimeSpan GiveUpAfter = TimeSpan.FromSeconds(90);

    public sealed record Outcome(int ExitCode, string StandardOutput, string StandardError);

    public static async Task<Outcome> RunUntilItStopsAsync(IReadOnlyDictionary<string, string> environment)
    {
        var workingFolder = Directory.CreateTempSubdirectory("portal-process-").FullName;
        try
        {
            var start = new ProcessStartInfo("dotnet")
            {
                WorkingDirectory = workingFolder,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                ArgumentList = { Path.Combine(AppContext.BaseDirectory, "SupportPortal.Web.dll"), "--urls", "http://127.0.0.1:0" },
            };
            start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
            foreach (var (name, value) in environment)
            {
                start.Environment[name] = value;
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            using var giveUp = new CancellationTokenSource(GiveUpAfter);
            try
            {
                await process.WaitForExitAsync(giveUp.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"The portal kept running instead of stopping at start-up. Output:\n{await output}");
            }

            return new Outcome(process.ExitCode, await output, await error);
        }
        finally
        {
            Directory.Delete(workingFolder, recursive: true);
        }
    }
}
