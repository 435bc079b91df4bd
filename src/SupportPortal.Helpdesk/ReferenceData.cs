namespace SupportPortal.Helpdesk;

/// <summary>A ticket department (getDepartmentList).</summary>
public sealed record Department(int Id, string Title, bool IsPublic, bool IsDefault, int Order);

/// <summary>
/// A ticket priority (getPriorityList). Colours are CSS colours such as "#FF0000", or "inherit" when none is set.
/// </summary>
public sealed record TicketPriority(
    int Id,
    string Title,
    int Order,
    bool IsPublic,
    string ForeColor,
    string BackColor,
    bool IsCustom);

/// <summary>
/// A ticket status (getStatusList). The seed gives statuses only a text colour; backends that have
/// a background colour too fill <paramref name="BackColor"/>, the others say "inherit".
/// </summary>
public sealed record TicketStatus(
    int Id,
    string Title,
    int Order,
    bool IsPublic,
    string ForeColor,
    string BackColor = TicketColors.Inherit);

/// <summary>The colour value that means "none set".</summary>
public static class TicketColors
{
    public const string Inherit = "inherit";
}
