using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace SupportPortal.Web.Tests;

/// <summary>Fills and posts a page's form as a browser without JavaScript would: every field it carries, plus the pressed button.</summary>
public static class KbForms
{
    public sealed record Filled(string Action, List<KeyValuePair<string, string>> Fields)
    {
        public Filled Set(string name, string value)
        {
            Fields.RemoveAll(f => f.Key == name);
            Fields.Add(new(name, value));
            return this;
        }

        public Filled Without(string name)
        {
            Fields.RemoveAll(f => f.Key == name);
            return this;
        }

        public Task<HttpResponseMessage> PostAsync(HttpClient client) =>
            client.PostAsync(Action, new FormUrlEncodedContent(Fields));
    }

    public const string AntiforgeryField = "__RequestVerificationToken";

    /// <summary>The form whose submit button reads <paramref name="buttonText"/>, filled as if that button were pressed.</summary>
    public static Filled ByButton(string pageUrl, string html, string buttonText)
    {
        var document = KbSafeMarkup.ParsePage(html);
        var button = document.QuerySelectorAll("button")
            .FirstOrDefault(b => WebUtility.HtmlDecode(b.TextContent).Trim().Equals(buttonText, StringComparison.OrdinalIgnoreCase))
            ?? throw new Xunit.Sdk.XunitException($"No button \"{buttonText}\" on {pageUrl}.");
        var form = button.Closest("form") as IHtmlFormElement
            ?? throw new Xunit.Sdk.XunitException($"The button \"{buttonText}\" is not inside a form.");
        var filled = new Filled(ActionOf(pageUrl, form), Fields(form));
        if (button.GetAttribute("name") is { Length: > 0 } name)
        {
            filled.Set(name, button.GetAttribute("value") ?? string.Empty);
        }

        return filled;
    }

    /// <summary>Sets the field whose visible label reads <paramref name="label"/> (the label's for= points at it).</summary>
    public static Filled SetByLabel(this Filled filled, string html, string label, string value)
    {
        var document = KbSafeMarkup.ParsePage(html);
        var labelElement = document.QuerySelectorAll("label")
            .FirstOrDefault(l => WebUtility.HtmlDecode(l.TextContent).Trim().StartsWith(label, StringComparison.OrdinalIgnoreCase))
            ?? throw new Xunit.Sdk.XunitException($"No label \"{label}\".");
        var field = (labelElement.GetAttribute("for") is { Length: > 0 } id ? document.GetElementById(id) : null)
            ?? labelElement.QuerySelector("input, textarea")
            ?? throw new Xunit.Sdk.XunitException($"The label \"{label}\" names no field.");
        return filled.Set(field.GetAttribute("name") ?? throw new Xunit.Sdk.XunitException($"The field \"{label}\" has no name."), value);
    }

    private static string ActionOf(string pageUrl, IHtmlFormElement form) =>
        form.GetAttribute("action") is { Length: > 0 } action ? action : pageUrl;

    private static List<KeyValuePair<string, string>> Fields(IElement form) =>
        form.QuerySelectorAll("input[name], textarea[name]")
            .Where(f => f.GetAttribute("type") is not ("checkbox" or "radio" or "submit") || f.HasAttribute("checked"))
            .Select(f => new KeyValuePair<string, string>(f.GetAttribute("name")!, f.LocalName == "textarea" ? f.TextContent : f.GetAttribute("value") ?? string.Empty))
            .ToList();
}
