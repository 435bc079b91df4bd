namespace SupportPortal.Simulators.KayakoClassic.Model;

/// <summary>
/// The demo helpdesk's configuration (design section 3): departments, statuses, priorities, types, staff,
/// custom fields and the knowledge base. Ids are fixed so runs are repeatable; clients still look things up by name.
/// </summary>
internal static class DemoReferenceData
{
    public const int GeneralSupport = 1;
    public const int TechnicalSupport = 2;
    public const int Billing = 3;

    public const int Open = 1;
    public const int InProgress = 2;
    public const int Closed = 3;

    public const int Low = 1;
    public const int Normal = 2;
    public const int Urgent = 3;

    public const int Issue = 1;
    public const int Bug = 3;

    public const int SamSupport = 1;
    public const int TerryTech = 2;

    public const int RegisteredGroup = 1;

    public const int TechnicalDetailsGroup = 1;
    public const int BillingDetailsGroup = 2;

    public const int ProductVersion = 1;
    public const int StepsToReproduce = 2;
    public const int AccountPin = 3;
    public const int AffectedPlatforms = 4;
    public const int Severity = 5;
    public const int Product = 6;
    public const int Modules = 7;
    public const int InvoiceNumber = 8;
    public const int BillingTopic = 9;

    public static void Seed(KayakoStore store)
    {
        SeedTicketSettings(store);
        SeedCustomFields(store);
        SeedKnowledgebase(store);
    }

    private static void SeedTicketSettings(KayakoStore store)
    {
        store.Departments.AddRange(
        [
            new(GeneralSupport, "General Support", "public", "tickets", 1, 0, 0, []),
            new(TechnicalSupport, "Technical Support", "public", "tickets", 2, 0, 0, []),
            new(Billing, "Billing", "public", "tickets", 3, 0, 1, [RegisteredGroup, 2]),
            new(4, "Sales Chat", "public", "livechat", 4, 0, 0, []),
        ]);

        store.Statuses.AddRange(
        [
            new(Open, "Open", 1, 0, "{$themepath}icon_ticketstatusopen.png", "public", 1, 0, 1, "#4eafcb", "#e6f4f8", 0, 0, 0, []),
            new(InProgress, "In Progress", 2, 0, "{$themepath}icon_ticketstatusinprogress.png", "public", 1, 0, 1, "#e58a2c", "#fcf0e3", 0, 0, 0, []),
            new(Closed, "Closed", 3, 0, "{$themepath}icon_ticketstatusclosed.png", "public", 0, 1, 0, "#5f5f5f", "#ececec", 0, 1, 0, []),
        ]);

        store.Priorities.AddRange(
        [
            new(Low, "Low", 1, "#ffffff", "#8bb467", "public", 0, []),
            new(Normal, "Normal", 2, "#ffffff", "#4eafcb", "public", 0, []),
            new(Urgent, "Urgent", 3, "#ffffff", "#d6000e", "public", 0, []),
        ]);

        store.Types.AddRange(
        [
            new(Issue, "Issue", 1, 0, "{$themepath}icon_typeissue.png", "public", 0, []),
            new(2, "Task", 2, 0, "{$themepath}icon_typetask.png", "public", 0, []),
            new(Bug, "Bug", 3, 0, "{$themepath}icon_typebug.png", "public", 0, []),
            new(4, "Lead", 4, 0, "{$themepath}icon_typelead.png", "private", 0, []),
            new(5, "Feedback", 5, 0, "{$themepath}icon_lightbulb.png", "public", 0, []),
        ]);

        store.Staff.AddRange([new(SamSupport, "Sam Support", "sam.support@example.com"), new(TerryTech, "Terry Tech", "terry.tech@example.com")]);
        // A fresh Kayako install: 1 Registered and 2 Guest, both master groups.
        store.UserGroups.AddRange([new(RegisteredGroup, "Registered", UserGroupRow.Registered, 1), new(2, "Guest", "guest", 1)]);
        store.TemplateGroups.Add(new(1, "Default"));
    }

    private static void SeedCustomFields(KayakoStore store)
    {
        store.CustomFieldGroups.AddRange(
        [
            new(TechnicalDetailsGroup, "Technical details", CustomFieldGroupType.StaffUserTicket, 1, 1, [TechnicalSupport]),
            new(BillingDetailsGroup, "Billing details", CustomFieldGroupType.StaffUserTicket, 1, 2, [Billing]),
            new(3, "Internal triage", CustomFieldGroupType.StaffTicket, 1, 3, [TechnicalSupport]),
            new(4, "Customer profile", CustomFieldGroupType.User, 1, 4, []),
        ]);

        store.CustomFields.AddRange(
        [
            Field(ProductVersion, TechnicalDetailsGroup, "Product version", CustomFieldKind.Text, "pv4k8x2m9qz1", 1, 1, "The version shown under Help > About, e.g. 4.2.0."),
            Field(StepsToReproduce, TechnicalDetailsGroup, "Steps to reproduce", CustomFieldKind.TextArea, "st7r3p5w1nc8", 0, 2, "What you did, step by step, before the problem appeared."),
            Field(AccountPin, TechnicalDetailsGroup, "Account PIN", CustomFieldKind.Password, "ap2n6v8k4hy3", 0, 3, "Only if you want us to look into your account."),
            Field(AffectedPlatforms, TechnicalDetailsGroup, "Affected platforms", CustomFieldKind.Checkbox, "af9p1l5t7xw2", 0, 4, "Every platform where you see the problem."),
            Field(Severity, TechnicalDetailsGroup, "Severity", CustomFieldKind.Radio, "sv3e8r6i2ty5", 1, 5, "How badly the problem stops your work."),
            Field(Product, TechnicalDetailsGroup, "Product", CustomFieldKind.Select, "pd5r7o1d9ct4", 0, 6, "The product the problem is in."),
            Field(Modules, TechnicalDetailsGroup, "Modules", CustomFieldKind.SelectMultiple, "md8l2s4e6qu7", 0, 7, "The modules involved, if you know them."),
            Field(InvoiceNumber, BillingDetailsGroup, "Invoice number", CustomFieldKind.Text, "in1v4o7i3ce9", 0, 1, "As printed on the invoice, e.g. INV-2024-1001."),
            Field(BillingTopic, BillingDetailsGroup, "Billing topic", CustomFieldKind.Select, "bt6o9p3i5cx2", 0, 2, "What your question is about."),
            Field(10, 3, "Root cause", CustomFieldKind.Text, "rc4a7u1s8ez6", 0, 1, "Filled in by staff.") with { UserEditable = 0 },
            Field(11, 4, "Company", CustomFieldKind.Text, "co2m5p8a1ny3", 0, 1, "The company you work for."),
        ]);

        store.CustomFieldOptions.AddRange(
        [
            new(1, AffectedPlatforms, "Windows", 1, 0, 0),
            new(2, AffectedPlatforms, "macOS", 2, 0, 0),
            new(3, AffectedPlatforms, "Linux, Debian-based", 3, 0, 0),
            new(4, Severity, "Low impact", 1, 0, 0),
            new(5, Severity, "Medium impact", 2, 0, 0),
            new(6, Severity, "High impact", 3, 0, 0),
            new(7, Product, "Widget Pro", 1, 1, 0),
            new(8, Product, "Widget Lite", 2, 0, 0),
            new(9, Product, "Widget Cloud", 3, 0, 0),
            new(10, Modules, "Billing", 1, 0, 0),
            new(11, Modules, "Reporting", 2, 0, 0),
            new(12, Modules, "API", 3, 0, 0),
            new(13, BillingTopic, "Refund", 1, 0, 0),
            new(14, BillingTopic, "Invoice question", 2, 0, 0),
            new(15, BillingTopic, "Payment method", 3, 0, 0),
        ]);
    }

    private static CustomFieldRow Field(int id, int group, string title, int type, string name, int required, int order, string description) =>
        new(id, group, title, type, name, string.Empty, required, 1, 1, string.Empty, order, 0, description);

    private static void SeedKnowledgebase(KayakoStore store)
    {
        store.KbCategories.AddRange(
        [
            Category(1, 0, "Getting Started", 1, 1),
            Category(2, 1, "Installation", 1, 1),
            Category(3, 0, "Troubleshooting", 1, 2),
            Category(4, 0, "Billing & Accounts", 1, 3),
            Category(5, 0, "Internal notes", 3, 4) with { IsPublished = 0 },
        ]);

        var published = new DateTimeOffset(2024, 1, 15, 10, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds();
        Article(store, 1, [1], "How to install the Widget client", published, 10, 45,
            "<p>Download the installer for your platform from your account page, run it and sign in with your e-mail address.</p>"
            + "<ol><li>Open <strong>Downloads</strong>.</li><li>Pick Windows, macOS or Linux.</li><li>Run the installer and follow the steps.</li></ol>");
        Article(store, 2, [2], "System requirements", published + 3600, 5, 20,
            "<p>The Widget client runs on Windows 10 or later, macOS 12 or later and Debian-based Linux with glibc 2.31.</p>");
        Article(store, 3, [2], "Updating the Widget client", published + 7200, 2, 5,
            "<p>The client checks for updates at start. To update by hand, choose <em>Help &gt; Check for updates</em>.</p>");
        Article(store, 4, [3], "Widget crashes at start", published + 86400, 9, 30,
            "<p>Delete the cache folder and start the client again. If it still crashes, send us the log file.</p>");
        Article(store, 5, [3], "Resetting your Account PIN", published + 90000, 3, 15,
            "<p>Open your profile, choose <strong>Security</strong> and reset the PIN. We never ask for your PIN by e-mail.</p>");
        Article(store, 6, [4], "Understanding your invoice", published + 172800, 4, 15,
            "<p>Each invoice lists your plan, the period and taxes. Invoices are issued on the first day of the period.</p>");
        Article(store, 7, [0], "Welcome to the Widget help center", published - 86400, 0, 0,
            "<p>Browse the categories or search for an answer. If you cannot find one, submit a ticket.</p>");
        Article(store, 8, [5], "Escalation checklist", published + 259200, 0, 0,
            "<p>Staff only: what to check before escalating a ticket to engineering.</p>");
        Article(store, 9, [1], "Widget 5 preview", published + 345600, 0, 0,
            "<p>Draft: what is coming in Widget 5.</p>", status: 2);

        store.KbComments.Add(1, Comment(1, 1, "Alice Customer", "alice@example.com", published + 86400 * 3, "Worked on Windows 11, thanks!"));
        store.KbComments.Add(2, Comment(2, 1, "Bob Customer", "bob@example.com", published + 86400 * 4, "Does this work on Debian too?"));
        store.KbComments.Add(3, Comment(3, 4, "Alice Customer", "alice@example.com", published + 86400 * 5, "Clearing the cache fixed it."));
    }

    private static KbCategoryRow Category(int id, int parent, string title, int type, int order) =>
        new(id, parent, SamSupport, title, type, order, 1, 0, [], 0, [], 1, 1);

    private static void Article(KayakoStore store, int id, IReadOnlyList<int> categories, string subject, long dateline, int hits, int count, string html, int status = KbArticleRow.StatusPublished) =>
        store.KbArticles.Add(id, new KbArticleRow
        {
            Id = id,
            CategoryIds = categories,
            Subject = subject,
            SeoSubject = string.Join('-', subject.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries)),
            Contents = html,
            ContentsText = System.Text.RegularExpressions.Regex.Replace(html, "<[^>]+>", " ").Replace("&gt;", ">").Trim(),
            Dateline = dateline,
            Views = 10 * id + hits,
            RatingHits = hits,
            RatingCount = count,
            ArticleStatus = status,
        });

    private static KbCommentRow Comment(int id, int article, string name, string email, long dateline, string text) =>
        new(id, article, KbCommentRow.CreatorUser, 0, name, email, "203.0.113.10", dateline, 0, KbCommentRow.StatusApproved,
            "Mozilla/5.0", string.Empty, "index.php?/Knowledgebase/Article/View/" + article, text);
}
