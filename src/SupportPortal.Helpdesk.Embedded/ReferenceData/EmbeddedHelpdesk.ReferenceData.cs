using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using SupportPortal.Helpdesk.Embedded.Data;
using SupportPortal.Helpdesk.Embedded.Entities;

namespace SupportPortal.Helpdesk.Embedded;

/// <summary>Departments and their custom fields, priorities and statuses.</summary>
internal sealed partial class EmbeddedHelpdesk
{
    public async Task<IReadOnlyList<Department>> GetDepartmentsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Departments.AsNoTracking()
            .OrderBy(d => d.DisplayOrder).ThenBy(d => d.Id)
            .Select(d => new Department(d.Id, d.Title, d.IsPublic, d.IsDefault, d.DisplayOrder))
            .ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<CustomFieldGroup>> GetDepartmentCustomFieldsAsync(int departmentId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await db.Departments.AnyAsync(d => d.Id == departmentId, cancellationToken))
        {
            throw new HelpdeskException(HelpdeskError.InvalidDepartment);
        }

        return await LoadFieldGroupsAsync(db, g => g.DepartmentId == departmentId, cancellationToken);
    }

    public async Task<IReadOnlyList<TicketPriority>> GetPrioritiesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Priorities.AsNoTracking()
            .OrderBy(p => p.DisplayOrder).ThenBy(p => p.Id)
            .Select(p => new TicketPriority(p.Id, p.Title, p.DisplayOrder, p.IsPublic, p.ForeColor, p.BackColor, p.IsCustom))
            .ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<TicketStatus>> GetStatusesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Statuses.AsNoTracking()
            .OrderBy(s => s.DisplayOrder).ThenBy(s => s.Id)
            .Select(s => new TicketStatus(s.Id, s.Title, s.DisplayOrder, s.IsPublic, s.ForeColor, s.BackColor))
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Custom field groups with their fields and options, in display order, in one query: groups → fields → options
    /// is a chain, not sibling collections, so the join returns one row per option rather than a cartesian product.
    /// </summary>
    private static async Task<IReadOnlyList<CustomFieldGroup>> LoadFieldGroupsAsync(
        HelpdeskDbContext db,
        Expression<Func<CustomFieldGroupRow, bool>> which,
        CancellationToken cancellationToken) =>
        await db.CustomFieldGroups.AsNoTracking()
            .Where(which)
            .AsSingleQuery()
            .OrderBy(g => g.DisplayOrder).ThenBy(g => g.Id)
            .Select(g => new CustomFieldGroup(
                g.Id,
                g.Title,
                g.DisplayOrder,
                g.Fields.OrderBy(f => f.DisplayOrder).ThenBy(f => f.Id)
                    .Select(f => new CustomField(
                        f.Id,
                        f.Title,
                        f.Type,
                        f.DefaultValue,
                        f.Description,
                        f.DisplayOrder,
                        f.IsRequired,
                        f.Options.OrderBy(o => o.DisplayOrder).ThenBy(o => o.Id)
                            .Select(o => new CustomFieldOption(o.Text, o.DisplayOrder, o.IsSelected))
                            .ToList()))
                    .ToList()))
            .ToListAsync(cancellationToken);
}
