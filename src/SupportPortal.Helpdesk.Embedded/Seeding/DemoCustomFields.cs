using SupportPortal.Helpdesk.Embedded.Entities;

namespace SupportPortal.Helpdesk.Embedded.Seeding;

/// <summary>
/// The demo custom fields: "Technical details" on Technical Support with one field of each of the seven types,
/// and "Invoice details" on Billing. Names are relied on by the README and the browser tests.
/// </summary>
internal sealed class DemoCustomFields
{
    public DemoCustomFields(DemoReferenceData reference)
    {
        TechnicalDetails = new CustomFieldGroupRow
        {
            Title = "Technical details",
            DisplayOrder = 1,
            Fields = [ProductVersion, StepsToReproduce, AccountPin, AffectedPlatforms, Severity, Product, Modules],
        };
        InvoiceDetails = new CustomFieldGroupRow
        {
            Title = "Invoice details",
            DisplayOrder = 1,
            Fields = [InvoiceNumber, BillingQuestion],
        };
        reference.TechnicalSupport.CustomFieldGroups.Add(TechnicalDetails);
        reference.Billing.CustomFieldGroups.Add(InvoiceDetails);
    }

    public CustomFieldGroupRow TechnicalDetails { get; }

    public CustomFieldGroupRow InvoiceDetails { get; }

    public CustomFieldRow ProductVersion { get; } = new()
    {
        Title = "Product version",
        Type = CustomFieldType.Text,
        DefaultValue = "4.2",
        Description = "The version shown under Help › About, for example 4.2.1.",
        DisplayOrder = 1,
        IsRequired = true,
    };

    public CustomFieldRow StepsToReproduce { get; } = new()
    {
        Title = "Steps to reproduce",
        Type = CustomFieldType.TextArea,
        DefaultValue = "1. \n2. \n3. ",
        Description = "What you did, step by step, what you expected and what happened instead.",
        DisplayOrder = 2,
    };

    public CustomFieldRow AccountPin { get; } = new()
    {
        Title = "Account PIN",
        Type = CustomFieldType.Password,
        Description = "The 4-digit support PIN from your account page, so we can verify it is you. Never your password.",
        DisplayOrder = 3,
    };

    public CustomFieldRow AffectedPlatforms { get; } = new()
    {
        Title = "Affected platforms",
        Type = CustomFieldType.Checkbox,
        Description = "Tick every operating system where you see the problem.",
        DisplayOrder = 4,
        Options = Options(("Windows", true), ("macOS", false), ("Linux, Debian-based", false)),
    };

    public CustomFieldRow Severity { get; } = new()
    {
        Title = "Severity",
        Type = CustomFieldType.Radio,
        Description = "How badly the problem affects your work.",
        DisplayOrder = 5,
        IsRequired = true,
        Options = Options(("Low impact", false), ("Medium impact", true), ("High impact", false)),
    };

    public CustomFieldRow Product { get; } = new()
    {
        Title = "Product",
        Type = CustomFieldType.Select,
        Description = "The edition you are using.",
        DisplayOrder = 6,
        Options = Options(("Widget Pro", true), ("Widget Lite", false), ("Widget Cloud", false)),
    };

    public CustomFieldRow Modules { get; } = new()
    {
        Title = "Modules",
        Type = CustomFieldType.SelectMultiple,
        Description = "The modules involved; hold Ctrl (⌘ on a Mac) to pick several.",
        DisplayOrder = 7,
        Options = Options(("Billing", false), ("Reporting", true), ("API", false)),
    };

    public CustomFieldRow InvoiceNumber { get; } = new()
    {
        Title = "Invoice number",
        Type = CustomFieldType.Text,
        Description = "As printed at the top right of the invoice, for example INV-2024-0042.",
        DisplayOrder = 1,
    };

    public CustomFieldRow BillingQuestion { get; } = new()
    {
        Title = "Billing question",
        Type = CustomFieldType.Select,
        Description = "What your question is about.",
        DisplayOrder = 2,
        Options = Options(("Charge I don't recognise", false), ("Refund", false), ("Change of plan", true), ("Invoice address", false)),
    };

    private static List<CustomFieldOptionRow> Options(params (string Text, bool Selected)[] options) =>
        options.Select((o, index) => new CustomFieldOptionRow { Text = o.Text, DisplayOrder = index + 1, IsSelected = o.Selected }).ToList();
}
