namespace SupportPortal.Helpdesk.KayakoClassic.ReferenceData;

/// <summary>
/// What a customer fills in for one department: the customer-facing custom field groups linked to it,
/// with the fields the contract can represent, in display order.
/// </summary>
internal sealed record DepartmentForm(int DepartmentId, IReadOnlyList<DepartmentFormGroup> Groups)
{
    public IEnumerable<KayakoField> Fields => Groups.SelectMany(g => g.Fields);

    public KayakoField? Field(int fieldId) => Fields.FirstOrDefault(f => f.Id == fieldId);

    public IReadOnlyList<CustomFieldGroup> ToContract() =>
        Groups.Select(g => new CustomFieldGroup(g.Group.Id, g.Group.Title, g.Group.DisplayOrder, g.Fields.Select(f => f.ToContract()).ToList())).ToList();
}

/// <summary>One group of a <see cref="DepartmentForm"/>.</summary>
internal sealed record DepartmentFormGroup(KayakoFieldGroup Group, IReadOnlyList<KayakoField> Fields);
