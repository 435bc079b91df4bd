using SupportPortal.Benchmarks;

// Each benchmark is one command, so CI and people run exactly the one they mean:
//   dotnet run -c Release --project tests/SupportPortal.Benchmarks -- tickets
var benchmarks = new Dictionary<string, Func<string[], Task<int>>>(StringComparer.OrdinalIgnoreCase)
{
    ["tickets"] = TicketListBenchmark.RunAsync,
    ["kb-page"] = KbPageBenchmark.RunAsync,
    ["soak"] = SoakBenchmark.RunAsync,
    ["new-ticket"] = NewTicketBenchmarks.RunAsync,
};

if (args.Length == 0 || !benchmarks.TryGetValue(args[0], out var run))
{
    Console.Error.WriteLine($"Usage: SupportPortal.Benchmarks <{string.Join("|", benchmarks.Keys)}>");
    return 2;
}

return await run(args[1..]);
