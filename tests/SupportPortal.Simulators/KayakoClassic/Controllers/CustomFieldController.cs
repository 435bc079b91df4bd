using SupportPortal.Simulators.KayakoClassic.Model;
using SupportPortal.Simulators.KayakoClassic.Wire;

namespace SupportPortal.Simulators.KayakoClassic.Controllers;

/// <summary>Base/CustomField (Controller_CustomField): every field's columns as attributes, and ListOptions.</summary>
internal sealed class CustomFieldController : RestController
{
    public CustomFieldController() => Action("ListOptions", ListOptions);

    public override string App => "Base";

    public override string Name => "CustomField";

    public override RestResult GetList(RestCall call, RouteArguments arguments)
    {
        var xml = new KayakoXml().Open("customfields");
        foreach (var field in call.Store.CustomFields.OrderBy(f => f.DisplayOrder).ThenBy(f => f.Id))
        {
            var groupType = call.Store.CustomFieldGroups.Find(g => g.Id == field.GroupId)?.GroupType ?? 0;
            xml.Tag(
                "customfield",
                string.Empty,
                ("customfieldid", Php.Str(field.Id)),
                ("customfieldgroupid", Php.Str(field.GroupId)),
                ("title", field.Title),
                ("fieldtype", Php.Str(field.FieldType)),
                ("fieldname", field.FieldName),
                ("defaultvalue", field.DefaultValue),
                ("isrequired", Php.Str(field.IsRequired)),
                ("usereditable", Php.Str(field.UserEditable)),
                ("staffeditable", Php.Str(field.StaffEditable)),
                ("regexpvalidate", field.RegexpValidate),
                ("displayorder", Php.Str(field.DisplayOrder)),
                ("encryptindb", Php.Str(field.EncryptInDb)),
                ("description", field.Description),
                ("grouptype", Php.Str(groupType)));
        }

        return RestResult.Xml(xml.Close("customfields"));
    }

    private static RestResult ListOptions(RestCall call, RouteArguments arguments)
    {
        if (Php.IsEmpty(arguments[0]))
        {
            return RestResult.BadRequest("No Custom Field ID Provided");
        }

        var xml = new KayakoXml().Open("customfieldoptions");
        foreach (var option in call.Store.OptionsOf(Php.ToInt(arguments[0])))
        {
            xml.Tag(
                "option",
                string.Empty,
                ("customfieldoptionid", Php.Str(option.Id)),
                ("customfieldid", Php.Str(option.FieldId)),
                ("optionvalue", option.OptionValue),
                ("displayorder", Php.Str(option.DisplayOrder)),
                ("isselected", Php.Str(option.IsSelected)),
                ("parentcustomfieldoptionid", Php.Str(option.ParentOptionId)));
        }

        return RestResult.Xml(xml.Close("customfieldoptions"));
    }
}
