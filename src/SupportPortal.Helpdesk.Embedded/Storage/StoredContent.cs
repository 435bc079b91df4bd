namespace SupportPortal.Helpdesk.Embedded.Storage;

/// <summary>What the file store knows of content it has kept: its SHA-256 (lower-case hex) and its length.</summary>
internal sealed record StoredContent(string Sha256, long Length);
