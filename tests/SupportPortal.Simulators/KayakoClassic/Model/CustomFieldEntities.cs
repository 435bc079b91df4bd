namespace SupportPortal.Simulators.KayakoClassic.Model;

/// <summary>The group types of SWIFT_CustomFieldGroup.</summary>
internal static class CustomFieldGroupType
{
    public const int User = 1;
    public const int UserOrganization = 2;
    public const int StaffTicket = 3;
    public const int UserTicket = 4;
    public const int StaffUserTicket = 9;

    /// <summary>The ticket group types TicketCustomField reads and writes (GROUP_STAFFTICKET, GROUP_USERTICKET, GROUP_STAFFUSERTICKET).</summary>
    public static readonly IReadOnlyList<int> Ticket = [StaffTicket, UserTicket, StaffUserTicket];
}

/// <summary>The field types of SWIFT_CustomField.</summary>
internal static class CustomFieldKind
{
    public const int Text = 1;
    public const int TextArea = 2;
    public const int Password = 3;
    public const int Checkbox = 4;
    public const int Radio = 5;
    public const int Select = 6;
    public const int SelectMultiple = 7;
    public const int Custom = 8;
    public const int SelectLinked = 9;
    public const int Date = 10;
    public const int File = 11;
}

/// <summary>A row of swcustomfieldgroups with its department links (swcustomfielddeplinks).</summary>
internal sealed record CustomFieldGroupRow(int Id, string Title, int GroupType, int VisibilityType, int DisplayOrder, IReadOnlyList<int> DepartmentIds);

/// <summary>A row of swcustomfields; <see cref="FieldName"/> is the form key values are posted under.</summary>
internal sealed record CustomFieldRow(
    int Id, int GroupId, string Title, int FieldType, string FieldName, string DefaultValue, int IsRequired, int UserEditable,
    int StaffEditable, string RegexpValidate, int DisplayOrder, int EncryptInDb, string Description);

/// <summary>A row of swcustomfieldoptions.</summary>
internal sealed record CustomFieldOptionRow(int Id, int FieldId, string OptionValue, int DisplayOrder, int IsSelected, int ParentOptionId);

/// <summary>A stored custom field value (swcustomfieldvalues): a string, or a serialized array of option ids.</summary>
internal sealed record CustomFieldValue(string? Scalar, IReadOnlyList<string>? Array)
{
    public static CustomFieldValue Text(string value) => new(value, null);

    public static CustomFieldValue List(IReadOnlyList<string> values) => new(null, values);
}
