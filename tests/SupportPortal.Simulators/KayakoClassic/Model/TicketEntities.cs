namespace SupportPortal.Simulators.KayakoClassic.Model;

/// <summary>A row of swtickets (the columns the REST API shows or filters on).</summary>
internal sealed class TicketRow
{
    public const int CreatorStaff = 1;
    public const int CreatorUser = 2;

    public const int CreationModeSupportCenter = 1;
    public const int CreationModeStaffCp = 2;
    public const int CreationModeEmail = 3;
    public const int CreationModeApi = 4;
    public const int CreationModeMobile = 6;
    public const int CreationModeStaffApi = 7;

    public required int Id { get; init; }

    public required string Mask { get; init; }

    public int FlagType { get; set; }

    public required int DepartmentId { get; set; }

    public required int StatusId { get; set; }

    public required int PriorityId { get; set; }

    public required int TypeId { get; set; }

    public required int UserId { get; set; }

    public int OwnerStaffId { get; set; }

    public string OwnerStaffName { get; set; } = string.Empty;

    public required string FullName { get; set; }

    public required string Email { get; set; }

    public required string LastReplier { get; set; }

    public required string Subject { get; set; }

    public required long Dateline { get; init; }

    public required long LastActivity { get; set; }

    public long LastStaffReplyTime { get; set; }

    public long LastUserReplyTime { get; set; }

    public int SlaPlanId { get; set; }

    public long DueTime { get; set; }

    public long ResolutionDueDateline { get; set; }

    public int TotalReplies { get; set; }

    public string IpAddress { get; set; } = string.Empty;

    public int Creator { get; set; } = CreatorUser;

    public int CreationMode { get; set; } = CreationModeApi;

    /// <summary>1 default, 2 phone.</summary>
    public int TicketType { get; set; } = 1;

    public int IsEscalated { get; set; }

    public int EscalationRuleId { get; set; }

    public int TemplateGroupId { get; set; } = 1;

    public string Tags { get; set; } = string.Empty;
}

/// <summary>A row of swticketposts.</summary>
internal sealed class TicketPostRow
{
    public required int Id { get; init; }

    public required int TicketId { get; init; }

    public required long Dateline { get; init; }

    public required int UserId { get; init; }

    public required string FullName { get; init; }

    public required string Email { get; init; }

    public string EmailTo { get; init; } = string.Empty;

    public string IpAddress { get; init; } = string.Empty;

    public int HasAttachments { get; set; }

    public required int Creator { get; init; }

    public int IsHtml { get; init; }

    public int IsEmailed { get; init; }

    public int StaffId { get; init; }

    public required string Contents { get; init; }

    public int IsPrivate { get; init; }
}

/// <summary>A row of swattachments linked to a ticket post, with its bytes.</summary>
internal sealed record TicketAttachmentRow(int Id, int TicketId, int TicketPostId, string FileName, string FileType, long Dateline, byte[] Contents)
{
    public int FileSize => Contents.Length;
}
