using Microsoft.Extensions.Primitives;

namespace SupportPortal.Simulators.KayakoClassic.Wire;

/// <summary>
/// Request parameters as PHP's $_GET/$_POST see them: <c>name=value</c> is a string (the last one wins),
/// <c>name[]=a&amp;name[]=b</c> is an array.
/// </summary>
internal sealed class PhpParameters
{
    private readonly Dictionary<string, string> scalars = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> arrays = new(StringComparer.Ordinal);

    public static PhpParameters Empty { get; } = new();

    public bool IsEmpty => scalars.Count == 0 && arrays.Count == 0;

    /// <summary>The parameter names as PHP would key them (array brackets removed).</summary>
    public IEnumerable<string> Names => scalars.Keys.Concat(arrays.Keys);

    public static PhpParameters From(IEnumerable<KeyValuePair<string, StringValues>> pairs)
    {
        var parameters = new PhpParameters();
        foreach (var (rawName, values) in pairs)
        {
            var bracket = rawName.IndexOf('[', StringComparison.Ordinal);
            if (bracket > 0 && rawName.EndsWith(']'))
            {
                var name = rawName[..bracket];
                parameters.scalars.Remove(name);
                if (!parameters.arrays.TryGetValue(name, out var list))
                {
                    parameters.arrays[name] = list = [];
                }

                list.AddRange(values.Select(v => v ?? string.Empty));
            }
            else
            {
                parameters.arrays.Remove(rawName);
                parameters.scalars[rawName] = values.LastOrDefault() ?? string.Empty;
            }
        }

        return parameters;
    }

    /// <summary>isset($_POST[name]).</summary>
    public bool Has(string name) => scalars.ContainsKey(name) || arrays.ContainsKey(name);

    /// <summary>The string value, or null when absent or an array.</summary>
    public string? this[string name] => scalars.GetValueOrDefault(name);

    /// <summary>The array value (name[]=...), or null when absent or a string.</summary>
    public IReadOnlyList<string>? Array(string name) => arrays.GetValueOrDefault(name);
}
