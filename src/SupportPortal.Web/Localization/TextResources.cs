namespace SupportPortal.Web.Localization;

// Marker types for IStringLocalizer<T>: each names one .resx family beside it (English, plus ".de" for German).

/// <summary>The shell (app bar, footer, language picker, dark mode, panel), the home page, shared states and parts (pager), and error pages.</summary>
public sealed class PortalText;

/// <summary>The knowledge-base pages: topics, categories, articles, search, ratings and comments.</summary>
public sealed class KnowledgeBaseText;

/// <summary>The account pages, their validation messages and the account e-mails.</summary>
public sealed class AccountText;

/// <summary>The ticket pages: the list, a ticket with its thread and reply form, the new-ticket form, custom fields and attachments.</summary>
public sealed class TicketText;
