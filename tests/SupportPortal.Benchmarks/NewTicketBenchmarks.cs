namespace SupportPortal.Benchmarks;

/// <summary>
/// "new-ticket [uploads|circuits]": the new-ticket form's figures. Needs the portal built in Release
/// (dotnet build -c Release src/SupportPortal.Web), Chromium, curl and Linux (memory is read from /proc).
/// </summary>
internal static class NewTicketBenchmarks
{
    public static async Task<int> RunAsync(string[] args)
    {
        var which = args.Length > 0 ? args[0] : "all";
        var failed = 0;
        if (which is "all" or "uploads")
        {
            failed += await UploadBenchmark.RunAsync();
        }

        if (which is "all" or "circuits")
        {
            failed += await CircuitMemoryBenchmark.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 100);
        }

        return failed == 0 ? 0 : 1;
    }
}
