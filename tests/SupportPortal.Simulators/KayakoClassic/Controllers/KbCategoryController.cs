using SupportPortal.Simulators.KayakoClassic.Model;
using SupportPortal.Simulators.KayakoClassic.Wire;

namespace SupportPortal.Simulators.KayakoClassic.Controllers;

/// <summary>
/// Knowledgebase/Category (Knowledgebase\Api\Controller_Category). The source has no ListAll action (the reference
/// lists one): <c>/Knowledgebase/Category/ListAll</c> falls into Get("ListAll") and returns no category.
/// </summary>
internal sealed class KbCategoryController : RestController
{
    public override string App => "Knowledgebase";

    public override string Name => "Category";

    public override RestResult GetList(RestCall call, RouteArguments arguments) =>
        Render(call.Store, call.Store.KbCategories.OrderBy(c => c.DisplayOrder).ThenBy(c => c.Id));

    public override RestResult Get(RestCall call, RouteArguments arguments) =>
        Php.IsEmpty(arguments[0]) ? GetList(call, arguments) : Render(call.Store, call.Store.KbCategories.Where(c => c.Id == Php.ToInt(arguments[0])));

    private static RestResult Render(KayakoStore store, IEnumerable<KbCategoryRow> categories)
    {
        var xml = new KayakoXml().Open("kbcategories");
        foreach (var category in categories)
        {
            xml.Open("kbcategory")
                .Tag("id", category.Id)
                .Tag("parentkbcategoryid", category.ParentId)
                .Tag("staffid", category.StaffId)
                .Tag("title", category.Title)
                .Tag("totalarticles", store.KbArticles.Values.Count(a => a.CategoryIds.Contains(category.Id)))
                .Tag("categorytype", category.CategoryType)
                .Tag("displayorder", category.DisplayOrder)
                .Tag("allowcomments", category.AllowComments)
                .Tag("uservisibilitycustom", category.UserVisibilityCustom)
                .Open("usergroupidlist");
            foreach (var group in category.UserGroupIds)
            {
                xml.Tag("usergroupid", group);
            }

            xml.Close("usergroupidlist").Tag("staffvisibilitycustom", category.StaffVisibilityCustom).Open("staffgroupidlist");
            foreach (var group in category.StaffGroupIds)
            {
                xml.Tag("staffgroupid", group);
            }

            xml.Close("staffgroupidlist")
                .Tag("allowrating", category.AllowRating)
                .Tag("ispublished", category.IsPublished)
                .Close("kbcategory");
        }

        return RestResult.Xml(xml.Close("kbcategories"));
    }
}
