namespace SupportPortal.Simulators.KayakoClassic.Model;

/// <summary>A row of swdepartments. Kayako has no "default" flag.</summary>
internal sealed record DepartmentRow(
    int Id, string Title, string Type, string App, int DisplayOrder, int ParentDepartmentId, int UserVisibilityCustom, IReadOnlyList<int> UserGroupIds);

/// <summary>A row of swticketstatus; <see cref="MarkAsResolved"/> 1 is a resolved status.</summary>
internal sealed record TicketStatusRow(
    int Id, string Title, int DisplayOrder, int DepartmentId, string DisplayIcon, string Type, int DisplayInMainList,
    int MarkAsResolved, int DisplayCount, string StatusColor, string StatusBackgroundColor, int ResetDueTime, int TriggerSurvey,
    int StaffVisibilityCustom, IReadOnlyList<int> StaffGroupIds);

/// <summary>A row of swticketpriorities.</summary>
internal sealed record TicketPriorityRow(
    int Id, string Title, int DisplayOrder, string ForegroundColor, string BackgroundColor, string Type, int UserVisibilityCustom,
    IReadOnlyList<int> UserGroupIds);

/// <summary>A row of swtickettypes.</summary>
internal sealed record TicketTypeRow(
    int Id, string Title, int DisplayOrder, int DepartmentId, string DisplayIcon, string Type, int UserVisibilityCustom,
    IReadOnlyList<int> UserGroupIds);

/// <summary>A staff member, as far as the ticket controllers look them up.</summary>
internal sealed record StaffRow(int Id, string FullName, string Email);

/// <summary>A user group ("registered" or "guest"); REST user creation accepts only the registered type.</summary>
internal sealed record UserGroupRow(int Id, string Title, string GroupType, int IsMaster)
{
    public const string Registered = "registered";
}

/// <summary>A template group (tgroupid of tickets).</summary>
internal sealed record TemplateGroupRow(int Id, string Title);
