using System.Text;
using SupportPortal.Simulators.Hosting;
using SupportPortal.Simulators.KayakoClassic.Controllers;
using SupportPortal.Simulators.KayakoClassic.Model;

namespace SupportPortal.Simulators.KayakoClassic.Wire;

/// <summary>
/// The REST front door (api/index.php): reads the route and the request variables the way SWIFT_RESTServer does,
/// applies the injected faults, authenticates as Controller_api does, and runs the controller under the store's lock.
/// </summary>
internal sealed class RestServer(KayakoStore store, RestAuthenticator authenticator, FaultInjection faults, RequestCounter requests)
{
    private static readonly string[] EntryPaths = ["/api/index.php", "/api/", "/api"];

    private readonly IReadOnlyList<RestController> controllers =
    [
        new DepartmentController(), new TicketStatusController(), new TicketPriorityController(), new TicketTypeController(),
        new CustomFieldController(), new CustomFieldGroupController(), new UserController(), new UserGroupController(), new UserSearchController(),
        new TicketController(), new TicketPostController(), new TicketAttachmentController(), new TicketCustomFieldController(),
        new TicketCountController(), new TicketSearchController(), new KbCategoryController(), new KbArticleController(),
        new KbCommentController(), new KbAttachmentController(),
    ];

    public async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        if (!EntryPaths.Any(p => string.Equals(request.Path.Value, p, StringComparison.OrdinalIgnoreCase)))
        {
            await WriteAsync(context, new RestResult(StatusCodes.Status404NotFound, "text/plain; charset=UTF-8", "Not Found"));
            return;
        }

        var route = RestRoute.FromQueryString(request.QueryString.Value);
        var controller = route is null ? null : controllers.FirstOrDefault(c =>
            string.Equals(c.App, route.App, StringComparison.OrdinalIgnoreCase) && string.Equals(c.Name, route.Controller, StringComparison.OrdinalIgnoreCase));
        requests.Record(EndpointName(request.Method, route, controller));

        var latency = faults.Latency;
        if (latency > TimeSpan.Zero)
        {
            await Task.Delay(latency, context.RequestAborted);
        }

        if (faults.NextFailure() is { } failure)
        {
            var text = failure == StatusCodes.Status503ServiceUnavailable ? "Service Unavailable" : "Internal Server Error";
            await WriteAsync(context, new RestResult(failure, "text/html; charset=UTF-8", text));
            return;
        }

        await WriteAsync(context, await AnswerAsync(context, route, controller));
    }

    private async Task<RestResult> AnswerAsync(HttpContext context, RestRoute? route, RestController? controller)
    {
        var method = context.Request.Method.ToUpperInvariant();
        if (method is not ("GET" or "POST" or "PUT" or "DELETE"))
        {
            return RestResult.Status(StatusCodes.Status405MethodNotAllowed, "405 Not Allowed");
        }

        if (route is null || controller is null)
        {
            var name = route is null ? "(none)" : $"/{route.App}/{route.Controller}";
            return RestResult.NotFound("Invalid controller: " + name);
        }

        var parameters = await VariablesAsync(context.Request, method);
        if (authenticator.Refusal(parameters) is { } refusal)
        {
            return refusal;
        }

        var call = new RestCall(store, method, parameters, context.Connection.RemoteIpAddress?.ToString() ?? string.Empty);
        lock (store.Sync)
        {
            return Dispatch(controller, route, call);
        }
    }

    /// <summary>Controller_api::__call: a declared action by name, else the verb's method with the segment as first argument.</summary>
    private static RestResult Dispatch(RestController controller, RestRoute route, RestCall call)
    {
        if (route.Action.Length > 0 && controller.TryGetAction(route.Action, out _, out var run))
        {
            return run(call, new RouteArguments(route.Arguments));
        }

        var arguments = new RouteArguments([route.Action, .. route.Arguments]);
        return call.Method switch
        {
            "GET" when route.Action.Length == 0 => controller.GetList(call, arguments),
            "GET" => controller.Get(call, arguments),
            "POST" => controller.Post(call, arguments),
            "PUT" => controller.Put(call, arguments),
            _ => controller.Delete(call, arguments),
        };
    }

    /// <summary>SWIFT_RESTServer::ParseInputStream: GET and DELETE read the query, POST the body, PUT the body or else the query.</summary>
    private static async Task<PhpParameters> VariablesAsync(HttpRequest request, string method)
    {
        var query = PhpParameters.From(request.Query);
        if (method is "GET" or "DELETE")
        {
            return query;
        }

        var body = request.HasFormContentType ? PhpParameters.From(await request.ReadFormAsync(request.HttpContext.RequestAborted)) : PhpParameters.Empty;
        return method == "PUT" && body.IsEmpty ? query : body;
    }

    /// <summary>"GET /Tickets/Ticket/ListAll" for declared actions, "GET /Tickets/Ticket" otherwise.</summary>
    private static string EndpointName(string method, RestRoute? route, RestController? controller)
    {
        if (route is null || controller is null)
        {
            return $"{method.ToUpperInvariant()} (unknown)";
        }

        var name = $"{method.ToUpperInvariant()} /{controller.App}/{controller.Name}";
        return route.Action.Length > 0 && controller.TryGetAction(route.Action, out var action, out _) ? $"{name}/{action}" : name;
    }

    private static async Task WriteAsync(HttpContext context, RestResult result)
    {
        context.Response.StatusCode = result.StatusCode;
        context.Response.ContentType = result.ContentType;
        var bytes = Encoding.UTF8.GetBytes(result.Body);
        context.Response.ContentLength = bytes.Length;
        await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
    }
}
