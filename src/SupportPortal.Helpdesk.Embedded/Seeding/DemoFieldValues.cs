using SupportPortal.Helpdesk.Embedded.Entities;

namespace SupportPortal.Helpdesk.Embedded.Seeding;

/// <summary>Custom field answers for the demo tickets, varied by the ticket's age and always among the fields' options.</summary>
internal static class DemoFieldValues
{
    public static List<TicketFieldValueRow> For(DemoDepartment department, int age, DemoCustomFields fields) => department switch
    {
        DemoDepartment.Technical => Technical(age, fields),
        DemoDepartment.Billing => Billing(age, fields),
        _ => [],
    };

    private static List<TicketFieldValueRow> Technical(int age, DemoCustomFields fields)
    {
        var values = new List<TicketFieldValueRow>();
        Add(values, fields.ProductVersion, $"4.{2 - (age % 3)}.{age % 5}");
        if (age % 2 == 0)
        {
            Add(values, fields.StepsToReproduce, "1. Open the client\n2. Open the monthly report\n3. Choose Export › PDF\n\nExpected: a PDF file. Actual: the client closes.");
            Add(values, fields.AccountPin, "4821");
        }

        Add(values, fields.AffectedPlatforms, OptionTexts(fields.AffectedPlatforms, (age % 4) switch
        {
            0 => [0],
            1 => [1],
            2 => [0, 2],
            _ => [2],
        }));
        Add(values, fields.Severity, OptionTexts(fields.Severity, [2 - (age % 3)]));
        Add(values, fields.Product, OptionTexts(fields.Product, [age % 3]));
        if (age % 3 != 1)
        {
            Add(values, fields.Modules, OptionTexts(fields.Modules, age % 2 == 0 ? [1, 2] : [0]));
        }

        return values;
    }

    private static List<TicketFieldValueRow> Billing(int age, DemoCustomFields fields)
    {
        var values = new List<TicketFieldValueRow>();
        Add(values, fields.InvoiceNumber, $"INV-2025-{1040 + age:D4}");
        Add(values, fields.BillingQuestion, OptionTexts(fields.BillingQuestion, [age % fields.BillingQuestion.Options.Count]));
        return values;
    }

    private static string[] OptionTexts(CustomFieldRow field, int[] positions) =>
        positions.Select(p => field.Options[p].Text).ToArray();

    private static void Add(List<TicketFieldValueRow> values, CustomFieldRow field, params string[] selected)
    {
        // The field rows are saved by now, so their ids are known.
        values.AddRange(selected.Select((value, position) => new TicketFieldValueRow { FieldId = field.Id, Position = position, Value = value }));
    }
}
