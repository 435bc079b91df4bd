namespace SupportPortal.Helpdesk.ContractTests;

/// <summary>
/// The names of the demo data set (design section 3) that every backend under test is seeded with.
/// They are an interface: the suite finds everything by these names, never by id.
/// </summary>
public static class DemoData
{
    public const string GeneralSupport = "General Support";
    public const string TechnicalSupport = "Technical Support";
    public const string Billing = "Billing";

    public const string TechnicalDetails = "Technical details";
    public const string ProductVersion = "Product version";
    public const string StepsToReproduce = "Steps to reproduce";
    public const string AccountPin = "Account PIN";
    public const string AffectedPlatforms = "Affected platforms";
    public const string Severity = "Severity";
    public const string Product = "Product";
    public const string Modules = "Modules";

    public static readonly IReadOnlyList<string> PlatformOptions = ["Windows", "macOS", "Linux, Debian-based"];
    public static readonly IReadOnlyList<string> SeverityOptions = ["Low impact", "Medium impact", "High impact"];
    public static readonly IReadOnlyList<string> ProductOptions = ["Widget Pro", "Widget Lite", "Widget Cloud"];
    public static readonly IReadOnlyList<string> ModuleOptions = ["Billing", "Reporting", "API"];

    public const string Low = "Low";
    public const string Normal = "Normal";
    public const string Urgent = "Urgent";

    public const string Open = "Open";
    public const string InProgress = "In Progress";
    public const string Closed = "Closed";

    public const string GettingStarted = "Getting Started";
    public const string InstallArticle = "How to install the Widget client";

    public const string Alice = "alice@example.com";
    public const int AliceTicketCount = 25;
    public const string Bob = "bob@example.com";
}
