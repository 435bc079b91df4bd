namespace SupportPortal.Web.Tickets.Uploads;

/// <summary>Portal:Uploads, the limits on files customers attach to tickets and replies.</summary>
public sealed class UploadOptions
{
    public const string SectionName = "Portal:Uploads";

    /// <summary>The extensions accepted when Portal:Uploads:AllowedExtensions is not set.</summary>
    public static readonly IReadOnlyList<string> DefaultExtensions =
    [
        ".png", ".jpg", ".jpeg", ".gif", ".webp", ".pdf", ".txt", ".log", ".csv", ".json", ".xml", ".zip",
        ".docx", ".xlsx", ".pptx", ".odt", ".ods",
    ];

    /// <summary>Portal:Uploads:MaxFileBytes, the largest file accepted (25 MB unless configured).</summary>
    public long MaxFileBytes { get; set; } = 25 * 1024 * 1024;

    /// <summary>Portal:Uploads:MaxFiles, how many files one ticket or reply can carry.</summary>
    public int MaxFiles { get; set; } = 10;

    /// <summary>Portal:Uploads:AllowedExtensions, with their dots; the defaults apply when none are configured.</summary>
    // An array property with defaults would have configured values appended to them, so the defaults live apart.
    public string[]? AllowedExtensions { get; set; }

    /// <summary>Portal:Uploads:TokenLifetime, how long an uploaded file waits for the form that refers to it.</summary>
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(2);

    /// <summary>Portal:Uploads:CleanupInterval, how often expired files are deleted.</summary>
    public TimeSpan CleanupInterval { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Portal:Uploads:TempPath, where files wait; a folder under the system's temporary folder unless set.</summary>
    public string? TempPath { get; set; }

    public IReadOnlyList<string> EffectiveExtensions =>
        AllowedExtensions is { Length: > 0 } configured
            ? configured.Select(e => e.Trim().ToLowerInvariant()).Where(e => e.Length > 0).Select(e => e.StartsWith('.') ? e : "." + e).ToList()
            : DefaultExtensions;

    public string EffectiveTempPath => string.IsNullOrWhiteSpace(TempPath)
        ? Path.Combine(Path.GetTempPath(), "supportportal-uploads")
        : TempPath;

    /// <summary>Files a customer may have waiting across all their open forms, so abandoned forms cannot fill the disk.</summary>
    public int MaxPendingFilesPerCustomer => MaxFiles * 3;

    public bool IsAllowed(string fileName) =>
        EffectiveExtensions.Contains(Path.GetExtension(fileName).ToLowerInvariant(), StringComparer.Ordinal);
}
