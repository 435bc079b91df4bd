using SupportPortal.Simulators.KayakoClassic.Wire;

namespace SupportPortal.Simulators.KayakoClassic.Controllers;

/// <summary>
/// The "Process...($id)" pattern of Kayako's read-only controllers: an empty id (PHP empty(): "", "0") lists all,
/// anything else selects <c>WHERE id = (int) $id</c> (so "abc" selects nothing).
/// </summary>
internal static class ById
{
    public static IEnumerable<T> Select<T>(IEnumerable<T> rows, string? argument, Func<T, int> id)
    {
        if (Php.IsEmpty(argument))
        {
            return rows.OrderBy(id);
        }

        var wanted = Php.ToInt(argument);
        return rows.Where(row => id(row) == wanted);
    }
}
