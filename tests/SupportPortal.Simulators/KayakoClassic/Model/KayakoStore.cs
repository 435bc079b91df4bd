using System.Globalization;

namespace SupportPortal.Simulators.KayakoClassic.Model;

/// <summary>
/// The simulated helpdesk's database. Not thread-safe by itself: every read and write happens under <see cref="Sync"/>,
/// taken once per request by the REST server, so each call sees and leaves a consistent state.
/// </summary>
internal sealed class KayakoStore(TimeProvider clock)
{
    private int lastTicketId;
    private int lastPostId;
    private int lastAttachmentId;
    private int lastUserId;
    private int lastCommentId;

    public Lock Sync { get; } = new();

    public List<DepartmentRow> Departments { get; } = [];

    public List<TicketStatusRow> Statuses { get; } = [];

    public List<TicketPriorityRow> Priorities { get; } = [];

    public List<TicketTypeRow> Types { get; } = [];

    public List<StaffRow> Staff { get; } = [];

    public List<UserGroupRow> UserGroups { get; } = [];

    public List<TemplateGroupRow> TemplateGroups { get; } = [];

    public List<CustomFieldGroupRow> CustomFieldGroups { get; } = [];

    public List<CustomFieldRow> CustomFields { get; } = [];

    public List<CustomFieldOptionRow> CustomFieldOptions { get; } = [];

    /// <summary>swcustomfieldvalues for tickets, by (ticket id, field id).</summary>
    public Dictionary<(int TicketId, int FieldId), CustomFieldValue> CustomFieldValues { get; } = [];

    /// <summary>swcustomfieldlinks for tickets: (group id, ticket id).</summary>
    public HashSet<(int GroupId, int TicketId)> CustomFieldLinks { get; } = [];

    public SortedDictionary<int, UserRow> Users { get; } = [];

    public SortedDictionary<int, TicketRow> Tickets { get; } = [];

    public SortedDictionary<int, TicketPostRow> Posts { get; } = [];

    public SortedDictionary<int, TicketAttachmentRow> Attachments { get; } = [];

    public List<KbCategoryRow> KbCategories { get; } = [];

    public SortedDictionary<int, KbArticleRow> KbArticles { get; } = [];

    public SortedDictionary<int, KbCommentRow> KbComments { get; } = [];

    /// <summary>Unix seconds now, as Kayako's DATENOW.</summary>
    public long Now => clock.GetUtcNow().ToUnixTimeSeconds();

    public DepartmentRow? Department(int id) => Departments.Find(d => d.Id == id);

    public TicketStatusRow? Status(int id) => Statuses.Find(s => s.Id == id);

    public TicketPriorityRow? Priority(int id) => Priorities.Find(p => p.Id == id);

    public TicketTypeRow? Type(int id) => Types.Find(t => t.Id == id);

    public StaffRow? StaffMember(int id) => Staff.Find(s => s.Id == id);

    public UserRow? User(int id) => Users.GetValueOrDefault(id);

    public UserRow? UserByEmail(string email) => Users.Values.FirstOrDefault(u => u.HasEmail(email));

    public CustomFieldRow? CustomField(int id) => CustomFields.Find(f => f.Id == id);

    /// <summary>SWIFT_Ticket::GetObjectOnID: a numeric id or a ticket mask.</summary>
    public TicketRow? TicketByIdOrMask(string? idOrMask)
    {
        if (string.IsNullOrWhiteSpace(idOrMask))
        {
            return null;
        }

        if (Wire.Php.IsNumeric(idOrMask))
        {
            return Tickets.GetValueOrDefault(Wire.Php.ToInt(idOrMask));
        }

        return Tickets.Values.FirstOrDefault(t => string.Equals(t.Mask, idOrMask.Trim(), StringComparison.OrdinalIgnoreCase));
    }

    public IEnumerable<TicketPostRow> PostsOf(int ticketId) => Posts.Values.Where(p => p.TicketId == ticketId);

    public IEnumerable<TicketAttachmentRow> AttachmentsOfPost(int postId) => Attachments.Values.Where(a => a.TicketPostId == postId);

    public IEnumerable<CustomFieldOptionRow> OptionsOf(int fieldId) =>
        CustomFieldOptions.Where(o => o.FieldId == fieldId).OrderBy(o => o.DisplayOrder).ThenBy(o => o.Id);

    public int NextTicketId() => ++lastTicketId;

    public int NextPostId() => ++lastPostId;

    public int NextAttachmentId() => ++lastAttachmentId;

    public int NextUserId() => ++lastUserId;

    public int NextCommentId() => ++lastCommentId;

    /// <summary>A Kayako-style mask: three letters, three digits, five digits; unique per id.</summary>
    public static string MaskFor(int ticketId)
    {
        var letters = new char[3];
        var rest = ticketId;
        for (var i = 2; i >= 0; i--)
        {
            letters[i] = (char)('A' + (rest % 26));
            rest /= 26;
        }

        var middle = 100 + (ticketId * 37 % 900);
        var tail = 10000 + (ticketId * 7919 % 90000);
        return string.Create(CultureInfo.InvariantCulture, $"{new string(letters)}-{middle}-{tail}");
    }

    /// <summary>SWIFT_Ticket::GetOrCreateUserID: the user with this e-mail, created in the Registered group if new.</summary>
    public UserRow GetOrCreateUser(string fullName, string email)
    {
        var existing = UserByEmail(email);
        if (existing is not null)
        {
            return existing;
        }

        var registered = UserGroups.First(g => g.GroupType == UserGroupRow.Registered);
        var user = new UserRow
        {
            Id = NextUserId(),
            UserGroupId = registered.Id,
            FullName = fullName,
            Emails = [email],
            Dateline = Now,
            Password = Guid.NewGuid().ToString("N"),
        };
        Users.Add(user.Id, user);
        return user;
    }

    public TicketPostRow AddPost(TicketPostRow post)
    {
        Posts.Add(post.Id, post);
        return post;
    }

    public TicketAttachmentRow AddAttachment(TicketPostRow post, string fileName, byte[] contents, long dateline)
    {
        var attachment = new TicketAttachmentRow(NextAttachmentId(), post.TicketId, post.Id, fileName, Wire.MimeTypes.ForFileName(fileName), dateline, contents);
        Attachments.Add(attachment.Id, attachment);
        post.HasAttachments = 1;
        return attachment;
    }

    /// <summary>
    /// The ticket groups SWIFT_CustomFieldManager::Retrieve gives for a department in client mode: ticket group types,
    /// linked to the department, not private.
    /// </summary>
    public IEnumerable<CustomFieldGroupRow> TicketGroupsOfDepartment(int departmentId) =>
        OrderedGroups().Where(g => CustomFieldGroupType.Ticket.Contains(g.GroupType) && g.DepartmentIds.Contains(departmentId) && g.VisibilityType != 0);

    /// <summary>Groups as in Kayako's custom field cache: by group type (first seen by display order), then display order.</summary>
    public IEnumerable<CustomFieldGroupRow> OrderedGroups()
    {
        var byDisplayOrder = CustomFieldGroups.OrderBy(g => g.DisplayOrder).ThenBy(g => g.Id).ToList();
        var typeOrder = byDisplayOrder.Select(g => g.GroupType).Distinct().ToList();
        return byDisplayOrder.OrderBy(g => typeOrder.IndexOf(g.GroupType));
    }

    public IEnumerable<CustomFieldRow> FieldsOf(int groupId) =>
        CustomFields.Where(f => f.GroupId == groupId).OrderBy(f => f.DisplayOrder).ThenBy(f => f.Id);

    /// <summary>Removes a ticket and everything hanging off it.</summary>
    public void DeleteTicket(int ticketId)
    {
        Tickets.Remove(ticketId);
        foreach (var post in PostsOf(ticketId).ToList())
        {
            Posts.Remove(post.Id);
        }

        foreach (var attachment in Attachments.Values.Where(a => a.TicketId == ticketId).ToList())
        {
            Attachments.Remove(attachment.Id);
        }

        foreach (var key in CustomFieldValues.Keys.Where(k => k.TicketId == ticketId).ToList())
        {
            CustomFieldValues.Remove(key);
        }

        CustomFieldLinks.RemoveWhere(l => l.TicketId == ticketId);
    }

    /// <summary>Moves the id counters past seeded rows.</summary>
    public void SyncCounters()
    {
        lastTicketId = Tickets.Count == 0 ? 0 : Tickets.Keys.Max();
        lastPostId = Posts.Count == 0 ? 0 : Posts.Keys.Max();
        lastAttachmentId = Attachments.Count == 0 ? 0 : Attachments.Keys.Max();
        lastUserId = Users.Count == 0 ? 0 : Users.Keys.Max();
        lastCommentId = KbComments.Count == 0 ? 0 : KbComments.Keys.Max();
    }
}
