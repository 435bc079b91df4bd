using Microsoft.Extensions.DependencyInjection;
using AngleSharp.Dom;
using Bunit;
using MudBlazor;
using MudBlazor.Services;
using SupportPortal.Helpdesk;
using SupportPortal.Web.Components.Shared;

namespace SupportPortal.Web.Tests;

/// <summary>The custom-field editor for each of the seven field types of the Integration API.</summary>
public sealed class CustomFieldEditorTests : BunitContext, IAsyncLifetime
{
    private readonly List<IReadOnlyList<string>> changes = [];
    private IRenderedComponent<MudPopoverProvider> popovers = default!;

    public CustomFieldEditorTests()
    {
        Services.AddMudServices();
        Services.AddLocalization();
        JSInterop.Mode = JSRuntimeMode.Loose;
    }

    [Fact]
    public void Text_field_shows_title_as_label_description_as_helper_text_and_its_default_value()
    {
        var (editor, entry) = Edit(Field(CustomFieldType.Text, "Product version", required: true, defaultValue: "4.2", description: "As shown under Help › About."));

        var input = editor.Find("input#custom-field-1");
        Assert.Equal("4.2", input.GetAttribute("value"));
        Assert.Equal("Product version (required)", LabelOf(editor, input));
        Assert.Equal("true", input.GetAttribute("aria-required"));
        Assert.Contains("As shown under Help › About.", HelperTextOf(editor, input));
        Assert.Equal(["4.2"], entry.Values);
    }

    [Fact]
    public void Required_text_field_left_empty_says_so_beside_it()
    {
        var (editor, entry) = Edit(Field(CustomFieldType.Text, "Product version", required: true, defaultValue: "4.2"));

        editor.Find("input#custom-field-1").Change("");

        Assert.Empty(entry.Values);
        Assert.Equal("\"Product version\" is required.", entry.Problem);
        Assert.Contains("\"Product version\" is required.", editor.Find(".mud-input-helper-text").TextContent);
        Assert.Equal("true", editor.Find("input#custom-field-1").GetAttribute("aria-invalid"));
        Assert.Single(changes);
    }

    [Fact]
    public void Optional_text_field_left_empty_is_fine_and_its_label_does_not_claim_it_is_required()
    {
        var (editor, entry) = Edit(Field(CustomFieldType.Text, "Invoice number"));

        editor.Find("input#custom-field-1").Change("");

        Assert.Null(entry.Problem);
        Assert.Equal("Invoice number", LabelOf(editor, editor.Find("input#custom-field-1")));
    }

    [Fact]
    public void Text_area_is_a_multi_line_box_with_its_default_and_keeps_the_customers_line_breaks()
    {
        var (editor, entry) = Edit(Field(CustomFieldType.TextArea, "Steps to reproduce", defaultValue: "1. \n2. ", description: "Step by step."));

        var area = editor.Find("textarea#custom-field-1");
        Assert.Equal("Steps to reproduce", LabelOf(editor, area));
        Assert.Contains("Step by step.", HelperTextOf(editor, area));
        Assert.Equal(["1. \n2. "], entry.Values);

        area.Change("Open the app\nClick Export");

        Assert.Equal(["Open the app\nClick Export"], entry.Values);
    }

    [Fact]
    public void Password_field_is_masked_until_the_customer_asks_to_see_it()
    {
        var (editor, entry) = Edit(Field(CustomFieldType.Password, "Account PIN", required: true, description: "Your 4-digit PIN."));

        var input = editor.Find("input#custom-field-1");
        Assert.Equal("password", input.GetAttribute("type"));
        Assert.Equal("off", input.GetAttribute("autocomplete"));
        Assert.Equal("Account PIN (required)", LabelOf(editor, input));

        input.Change("4711");
        editor.Find("input[type=checkbox]").Change(true);

        Assert.Equal("text", editor.Find("input#custom-field-1").GetAttribute("type"));
        Assert.Contains("Show Account PIN", editor.Find(".custom-field-reveal").TextContent);
        Assert.Equal(["4711"], entry.Values);
    }

    [Fact]
    public void Checkbox_group_preselects_its_options_and_binds_the_ticked_ones_as_a_list_in_option_order()
    {
        var (editor, entry) = Edit(Field(CustomFieldType.Checkbox, "Affected platforms", description: "Tick every system.", options: [("Windows", true), ("macOS", false), ("Linux, Debian-based", true)]));

        Assert.Equal("Affected platforms", editor.Find("legend").TextContent.Trim());
        Assert.Contains("Tick every system.", editor.Find("#custom-field-1-help").TextContent);
        Assert.Equal("custom-field-1-help", editor.Find("fieldset").GetAttribute("aria-describedby"));
        Assert.Equal(["Windows", "macOS", "Linux, Debian-based"], editor.FindAll("label.mud-checkbox").Select(l => l.TextContent.Trim()));
        Assert.Equal([true, false, true], Checkboxes(editor).Select(c => c.HasAttribute("checked") || c.IsChecked()));

        Checkboxes(editor)[1].Change(true);
        Checkboxes(editor)[0].Change(false);

        Assert.Equal(["macOS", "Linux, Debian-based"], entry.Values);
        Assert.Equal(["macOS", "Linux, Debian-based"], changes[^1]);
    }

    [Fact]
    public void Required_checkbox_group_with_nothing_ticked_says_so_in_words()
    {
        var (editor, entry) = Edit(Field(CustomFieldType.Checkbox, "Consent", required: true, options: [("I agree", false)]));

        Assert.Contains("(required)", editor.Find("legend").TextContent);
        Checkboxes(editor)[0].Change(true);
        Checkboxes(editor)[0].Change(false);

        Assert.Equal("\"Consent\" is required.", entry.Problem);
        Assert.Equal("\"Consent\" is required.", editor.Find("[role=alert]").TextContent.Trim());
        Assert.Equal("true", editor.Find("fieldset").GetAttribute("aria-invalid"));
    }

    [Fact]
    public void Radio_group_preselects_its_option_and_binds_a_single_value()
    {
        var (editor, entry) = Edit(Field(CustomFieldType.Radio, "Severity", required: true, description: "How bad it is.", options: [("Low impact", false), ("Medium impact", true), ("High impact", false)]));

        Assert.Equal("Severity (required)", editor.Find("legend").TextContent.Trim());
        Assert.Contains("How bad it is.", editor.Find("#custom-field-1-help").TextContent);
        var radios = editor.FindAll("input[type=radio]");
        Assert.Equal(3, radios.Count);
        Assert.All(radios, r => Assert.Equal("custom-field-1", r.GetAttribute("name")));
        Assert.Equal(["Medium impact"], entry.Values);

        editor.FindAll("input[type=radio]")[2].Click();

        Assert.Equal(["High impact"], entry.Values);
        Assert.Null(entry.Problem);
    }

    [Fact]
    public void Required_radio_group_without_a_preselection_is_refused_until_one_is_chosen()
    {
        var (_, entry) = Edit(Field(CustomFieldType.Radio, "Severity", required: true, options: [("Low impact", false), ("High impact", false)]));

        Assert.False(entry.Validate());
        Assert.Equal("\"Severity\" is required.", entry.Problem);
    }

    [Fact]
    public void Select_shows_its_preselected_option_and_binds_the_one_chosen()
    {
        var (editor, entry) = Edit(Field(CustomFieldType.Select, "Product", description: "The edition you use.", options: [("Widget Pro", true), ("Widget Lite", false), ("Widget Cloud", false)]));

        var select = editor.Find("[role=combobox]");
        Assert.Equal("Product", select.GetAttribute("aria-label"));
        Assert.Equal("Widget Pro", select.TextContent.Trim());
        Assert.Contains("The edition you use.", editor.Find(".mud-input-helper-text").TextContent);

        select.MouseDown();
        popovers.WaitForAssertion(() => Assert.Equal(3, popovers.FindAll("[role=option]").Count));
        popovers.FindAll("[role=option]").Single(o => o.TextContent.Trim() == "Widget Cloud").Click();

        editor.WaitForAssertion(() => Assert.Equal(["Widget Cloud"], entry.Values));
        Assert.Equal("Widget Cloud", editor.Find("[role=combobox]").TextContent.Trim());
    }

    [Fact]
    public void Select_offers_its_options_in_display_order_not_in_stored_order()
    {
        var field = Field(CustomFieldType.Select, "Region") with
        {
            Options = [new("Third", 3, false), new("First", 1, false), new("Second", 2, true)],
        };
        var (editor, entry) = Edit(field);

        editor.Find("[role=combobox]").MouseDown();

        popovers.WaitForAssertion(() => Assert.Equal(["First", "Second", "Third"], popovers.FindAll("[role=option]").Select(o => o.TextContent.Trim())));
        Assert.Equal(["Second"], entry.Values);
    }

    [Fact]
    public void Multi_select_preselects_its_options_and_binds_every_chosen_one_as_a_list()
    {
        var (editor, entry) = Edit(Field(CustomFieldType.SelectMultiple, "Modules", required: true, description: "All involved.", options: [("Billing", false), ("Reporting", true), ("API", false)]));

        var select = editor.Find("input[role=combobox]");
        Assert.Equal("Modules (required)", select.GetAttribute("aria-label"));
        Assert.Equal("Reporting", select.GetAttribute("value"));
        Assert.Equal(["Reporting"], entry.Values);

        select.MouseDown();
        popovers.WaitForAssertion(() => Assert.Equal(3, popovers.FindAll("[role=option]").Count));
        popovers.FindAll("[role=option]").Single(o => o.TextContent.Trim() == "API").Click();
        popovers.FindAll("[role=option]").Single(o => o.TextContent.Trim() == "Billing").Click();

        editor.WaitForAssertion(() => Assert.Equal(["Billing", "Reporting", "API"], entry.Values));
        Assert.IsAssignableFrom<IReadOnlyList<string>>(changes[^1]);
        Assert.Equal(["Billing", "Reporting", "API"], entry.ToAnswer().Values);
    }

    [Fact]
    public void Required_multi_select_emptied_says_it_is_required()
    {
        var (editor, entry) = Edit(Field(CustomFieldType.SelectMultiple, "Modules", required: true, options: [("Billing", false), ("API", true)]));

        editor.Find("input[role=combobox]").MouseDown();
        popovers.WaitForAssertion(() => Assert.Equal(2, popovers.FindAll("[role=option]").Count));
        popovers.FindAll("[role=option]").Single(o => o.TextContent.Trim() == "API").Click();

        editor.WaitForAssertion(() => Assert.Equal("\"Modules\" is required.", entry.Problem));
        Assert.Contains("\"Modules\" is required.", editor.Find(".mud-input-helper-text").TextContent);
    }

    private (IRenderedComponent<CustomFieldEditor> Editor, CustomFieldEntry Entry) Edit(CustomField field)
    {
        // MudSelect lists its options in the popover provider, which an interactive layout holds.
        popovers = Render<MudPopoverProvider>();
        var entry = new CustomFieldEntry(field);
        var editor = Render<CustomFieldEditor>(parameters => parameters
            .Add(p => p.Entry, entry)
            .Add(p => p.EntryChanged, (CustomFieldEntry changed) => changes.Add(changed.Values)));
        return (editor, entry);
    }

    private static CustomField Field(
        CustomFieldType type,
        string title,
        bool required = false,
        string? defaultValue = null,
        string description = "",
        (string Text, bool Selected)[]? options = null) =>
        new(1, title, type, defaultValue, description, 1, required,
            (options ?? []).Select((o, i) => new CustomFieldOption(o.Text, i + 1, o.Selected)).ToList());

    private static IReadOnlyList<IElement> Checkboxes(IRenderedComponent<CustomFieldEditor> editor) =>
        editor.FindAll("fieldset input[type=checkbox]");

    private static string LabelOf(IRenderedComponent<CustomFieldEditor> editor, IElement input) =>
        editor.Find($"label[for='{input.Id}']").TextContent.Trim();

    private static string HelperTextOf(IRenderedComponent<CustomFieldEditor> editor, IElement input) =>
        editor.Find($"#{input.GetAttribute("aria-describedby")}").TextContent;

    public Task InitializeAsync() => Task.CompletedTask;

    Task IAsyncLifetime.DisposeAsync() => base.DisposeAsync().AsTask();
}
