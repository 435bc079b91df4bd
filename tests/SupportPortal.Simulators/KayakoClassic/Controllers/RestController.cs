using SupportPortal.Simulators.KayakoClassic.Wire;

namespace SupportPortal.Simulators.KayakoClassic.Controllers;

/// <summary>
/// One REST controller (Controller_api subclass). As in Kayako, a request names either one of the controller's
/// actions (<c>/Tickets/Ticket/ListAll/...</c>) or falls to the verb's method with the first path segment as its
/// first argument (<c>GET /Tickets/Ticket/5</c> runs <c>Get("5")</c>; <c>GET /Tickets/Ticket</c> runs <c>GetList</c>).
/// </summary>
internal abstract class RestController
{
    private readonly Dictionary<string, (string Name, Func<RestCall, RouteArguments, RestResult> Run)> actions = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The app segment, e.g. "Tickets".</summary>
    public abstract string App { get; }

    /// <summary>The controller segment, e.g. "Ticket".</summary>
    public abstract string Name { get; }

    /// <summary>The action's declared name when <paramref name="action"/> is one of this controller's actions.</summary>
    public bool TryGetAction(string action, out string declaredName, out Func<RestCall, RouteArguments, RestResult> run)
    {
        if (actions.TryGetValue(action, out var found))
        {
            (declaredName, run) = found;
            return true;
        }

        (declaredName, run) = (string.Empty, (_, _) => RestResult.Empty());
        return false;
    }

    /// <summary>GET without an action.</summary>
    public virtual RestResult GetList(RestCall call, RouteArguments arguments) => Undeclared("GetList");

    public virtual RestResult Get(RestCall call, RouteArguments arguments) => Undeclared("Get");

    public virtual RestResult Post(RestCall call, RouteArguments arguments) => Undeclared("Post");

    public virtual RestResult Put(RestCall call, RouteArguments arguments) => Undeclared("Put");

    public virtual RestResult Delete(RestCall call, RouteArguments arguments) => Undeclared("Delete");

    /// <summary>Declares a named action, reachable with any verb as in Kayako.</summary>
    protected void Action(string name, Func<RestCall, RouteArguments, RestResult> run) => actions[name] = (name, run);

    /// <summary>Kayako throws "Undeclared Function Called in API Controller"; the simulator answers 405 with that text.</summary>
    private static RestResult Undeclared(string function) =>
        RestResult.Status(StatusCodes.Status405MethodNotAllowed, "Undeclared Function Called in API Controller: " + function);
}
