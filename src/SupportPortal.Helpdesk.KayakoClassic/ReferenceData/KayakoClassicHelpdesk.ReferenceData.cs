namespace SupportPortal.Helpdesk.KayakoClassic;

/// <summary>Departments and their custom fields, priorities and statuses, from the reference data cache.</summary>
internal sealed partial class KayakoClassicHelpdesk
{
    /// <summary>
    /// The tickets app's departments in display order. Kayako has no default department: the first public one
    /// in display order is marked default.
    /// </summary>
    public async Task<IReadOnlyList<Department>> GetDepartmentsAsync(CancellationToken cancellationToken = default)
    {
        var departments = (await referenceData.DepartmentsAsync(cancellationToken))
            .Where(d => d.IsForTickets)
            .OrderBy(d => d.DisplayOrder).ThenBy(d => d.Id)
            .ToList();
        var defaultId = departments.FirstOrDefault(d => d.IsPublic)?.Id;
        return departments.Select(d => new Department(d.Id, d.Title, d.IsPublic, d.Id == defaultId, d.DisplayOrder)).ToList();
    }

    public async Task<IReadOnlyList<CustomFieldGroup>> GetDepartmentCustomFieldsAsync(int departmentId, CancellationToken cancellationToken = default)
    {
        var departments = await referenceData.DepartmentsAsync(cancellationToken);
        if (!departments.Any(d => d.Id == departmentId && d.IsForTickets))
        {
            throw new HelpdeskException(HelpdeskError.InvalidDepartment);
        }

        return (await referenceData.DepartmentFormAsync(departmentId, cancellationToken)).ToContract();
    }

    public async Task<IReadOnlyList<TicketPriority>> GetPrioritiesAsync(CancellationToken cancellationToken = default) =>
        (await referenceData.PrioritiesAsync(cancellationToken))
            .OrderBy(p => p.DisplayOrder).ThenBy(p => p.Id)
            .Select(p => p.ToContract())
            .ToList();

    public async Task<IReadOnlyList<TicketStatus>> GetStatusesAsync(CancellationToken cancellationToken = default) =>
        (await referenceData.StatusesAsync(cancellationToken))
            .OrderBy(s => s.DisplayOrder).ThenBy(s => s.Id)
            .Select(s => s.ToContract())
            .ToList();
}
