namespace SupportPortal.Simulators.KayakoClassic.Model;

/// <summary>A row of swusers with its e-mail addresses (swuseremails).</summary>
internal sealed class UserRow
{
    public required int Id { get; init; }

    public required int UserGroupId { get; set; }

    public string UserRole { get; set; } = "user";

    public int UserOrganizationId { get; set; }

    public string Salutation { get; set; } = string.Empty;

    public long UserExpiry { get; set; }

    public required string FullName { get; set; }

    public required List<string> Emails { get; set; }

    public string Designation { get; set; } = string.Empty;

    public string Phone { get; set; } = string.Empty;

    public required long Dateline { get; init; }

    public long LastVisit { get; set; }

    public int IsEnabled { get; set; } = 1;

    public string TimeZone { get; set; } = string.Empty;

    public int EnableDst { get; set; }

    public int SlaPlanId { get; set; }

    public long SlaPlanExpiry { get; set; }

    /// <summary>Kept only so the simulator behaves like a store that has one; the REST API never returns it.</summary>
    public string Password { get; set; } = string.Empty;

    public bool HasEmail(string email) => Emails.Contains(email, StringComparer.OrdinalIgnoreCase);
}
