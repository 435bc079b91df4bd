using System.Xml.Linq;
using SupportPortal.Helpdesk.KayakoClassic.Xml;

namespace SupportPortal.Helpdesk.KayakoClassic.ReferenceData;

/// <summary>A knowledge-base category (Knowledgebase/Category). Parent 0 is the root.</summary>
internal sealed record KayakoKbCategory(int Id, int ParentId, string Title, int CategoryType, int DisplayOrder, bool IsPublished)
{
    public const string Controller = "Knowledgebase/Category";

    // SWIFT_KnowledgebaseCategory: 1 global, 2 public, 3 private (staff only), 4 inherits its parent's type.
    private const int Private = 3;
    public const int Inherit = 4;

    public bool IsPrivate => CategoryType == Private;

    public static KayakoKbCategory From(XElement category) => new(
        category.Int("id", Controller),
        category.IntOrZero("parentkbcategoryid"),
        category.Text("title"),
        category.IntOrZero("categorytype"),
        category.IntOrZero("displayorder"),
        // A category without the flag is taken as published, as Kayako's own support center does for old data.
        category.Optional("ispublished")?.Trim() is not "0");
}
