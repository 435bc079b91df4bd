using System.Diagnostics;

namespace SupportPortal.Web.Security;

/// <summary>
/// One id per request, in the logs (a logging scope), in the <c>X-Correlation-Id</c> response header and on the error
/// page, so a customer's "reference" leads the operator to the log lines of that request.
/// </summary>
public static class CorrelationId
{
    public const string HeaderName = "X-Correlation-Id";

    /// <summary>The request's trace id when tracing is on (it then matches exported traces), else ASP.NET Core's request id.</summary>
    public static string For(HttpContext? context) =>
        Activity.Current?.TraceId.ToHexString() ?? context?.TraceIdentifier ?? "";

    public static WebApplication UseCorrelationId(this WebApplication app)
    {
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("SupportPortal.Requests");
        app.Use(async (context, next) =>
        {
            var id = For(context);
            context.Response.OnStarting(() =>
            {
                context.Response.Headers[HeaderName] = id;
                return Task.CompletedTask;
            });
            using (logger.BeginScope(new Dictionary<string, object> { ["CorrelationId"] = id }))
            {
                await next(context);
            }
        });
        return app;
    }
}
