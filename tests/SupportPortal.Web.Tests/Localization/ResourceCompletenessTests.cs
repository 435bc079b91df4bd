using System.Collections;
using System.Globalization;
using System.Resources;
using SupportPortal.Web.Localization;

namespace SupportPortal.Web.Tests.Localization;

/// <summary>Every English text has a German one and the other way round, none of them empty.</summary>
public sealed class ResourceCompletenessTests
{
    public static TheoryData<string> ResourceFamilies() => new(FamilyNames());

    // The base names of the compiled .resx files: "SupportPortal.Web.Localization.PortalText" and the like.
    private static IEnumerable<string> FamilyNames() =>
        typeof(PortalText).Assembly.GetManifestResourceNames()
            .Where(name => name.EndsWith(".resources", StringComparison.Ordinal))
            .Select(name => name[..^".resources".Length]);

    [Fact]
    public void The_portal_has_its_resource_families()
    {
        var families = FamilyNames().ToList();

        Assert.Contains(typeof(PortalText).FullName!, families);
        Assert.Contains(typeof(KnowledgeBaseText).FullName!, families);
        Assert.Contains(typeof(AccountText).FullName!, families);
    }

    [Theory]
    [MemberData(nameof(ResourceFamilies))]
    public void English_and_german_have_the_same_keys_and_no_empty_value(string family)
    {
        var resources = new ResourceManager(family, typeof(PortalText).Assembly);
        var english = Entries(resources, CultureInfo.InvariantCulture);
        var german = Entries(resources, CultureInfo.GetCultureInfo("de"));

        Assert.NotEmpty(english);
        Assert.Empty(english.Keys.Except(german.Keys));
        Assert.Empty(german.Keys.Except(english.Keys));
        Assert.Empty(english.Where(entry => string.IsNullOrWhiteSpace(entry.Value)).Select(entry => entry.Key));
        Assert.Empty(german.Where(entry => string.IsNullOrWhiteSpace(entry.Value)).Select(entry => entry.Key));
    }

    [Theory]
    [MemberData(nameof(ResourceFamilies))]
    public void German_keeps_every_placeholder_of_the_english_text(string family)
    {
        var resources = new ResourceManager(family, typeof(PortalText).Assembly);
        var english = Entries(resources, CultureInfo.InvariantCulture);
        var german = Entries(resources, CultureInfo.GetCultureInfo("de"));

        var broken = english.Where(entry => Placeholders(entry.Value) != Placeholders(german.GetValueOrDefault(entry.Key) ?? "")).Select(entry => entry.Key);
        Assert.Empty(broken);
    }

    private static Dictionary<string, string> Entries(ResourceManager resources, CultureInfo culture) =>
        (resources.GetResourceSet(culture, createIfNotExists: true, tryParents: false) ?? throw new InvalidOperationException($"No {culture.Name} resources."))
            .Cast<DictionaryEntry>()
            .ToDictionary(entry => (string)entry.Key, entry => entry.Value as string ?? "");

    private static string Placeholders(string text) =>
        string.Join(',', System.Text.RegularExpressions.Regex.Matches(text, @"\{\d+\}").Select(match => match.Value).Order());
}
