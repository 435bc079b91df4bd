using System.Security.Cryptography;

namespace SupportPortal.Helpdesk.Embedded;

/// <summary>
/// Ticket masks such as "KXW-482-19375": short enough to read over the phone, random so that they reveal
/// nothing about how many tickets exist. Letters that read like digits (I, O) are left out.
/// </summary>
internal static class TicketMasks
{
    private const string Letters = "ABCDEFGHJKLMNPQRSTUVWXYZ";

    public static string Create() => Create(RandomNumberGenerator.GetInt32);

    /// <param name="next">Returns a number in [0, bound); a seeded source gives repeatable masks for demo data.</param>
    public static string Create(Func<int, int> next)
    {
        Span<char> letters = stackalloc char[3];
        for (var i = 0; i < letters.Length; i++)
        {
            letters[i] = Letters[next(Letters.Length)];
        }

        return $"{letters}-{next(1000):D3}-{next(100000):D5}";
    }
}
