using Microsoft.Extensions.Http.Resilience;
using Polly;

namespace SupportPortal.Helpdesk.KayakoClassic.Http;

/// <summary>
/// Which requests the resilience pipeline may send again: GETs, and the few POSTs that only read
/// (Base/UserSearch), which mark themselves with <see cref="OptionName"/>. A write is never repeated blindly:
/// one that timed out may well have been carried out.
/// </summary>
internal static class RetrySafety
{
    /// <summary>The request option (set through Refit's [Property]) that declares a POST a pure read.</summary>
    public const string OptionName = "SupportPortal.KayakoClassic.ReadOnly";

    private static readonly HttpRequestOptionsKey<bool> ReadOnly = new(OptionName);

    public static void RetryReadsOnly(this HttpRetryStrategyOptions options)
    {
        var isTransient = options.ShouldHandle;
        options.ShouldHandle = async arguments =>
            arguments.Context.GetRequestMessage() is { } request && IsSafeToRepeat(request) && await isTransient(arguments);
    }

    private static bool IsSafeToRepeat(HttpRequestMessage request) =>
        request.Method == HttpMethod.Get
        || (request.Options.TryGetValue(ReadOnly, out var readOnly) && readOnly);
}
