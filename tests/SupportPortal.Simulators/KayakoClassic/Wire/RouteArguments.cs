namespace SupportPortal.Simulators.KayakoClassic.Wire;

/// <summary>The path arguments a controller method receives, as PHP passes them: missing ones take the method's default.</summary>
internal sealed class RouteArguments(IReadOnlyList<string> values)
{
    public int Count => values.Count;

    /// <summary>The argument at <paramref name="index"/>, or null when the caller did not give it.</summary>
    public string? this[int index] => index < values.Count ? values[index] : null;

    public string Or(int index, string fallback) => this[index] ?? fallback;
}
