using SupportPortal.Web.Localization;

namespace SupportPortal.Web.Tickets.Uploads;

/// <summary>
/// Why an upload was refused, as the JSON body the page shows beside the file. The sentences are TicketText's
/// "Upload.*", in the language of the upload's request (the page's own, since the picker's script sends its cookies).
/// </summary>
public sealed record UploadRefusal(int StatusCode, string Message, string? Name = null)
{
    private static Microsoft.Extensions.Localization.IStringLocalizer Text => StaticText<TicketText>.Localizer;

    public static UploadRefusal NotSignedIn() =>
        new(StatusCodes.Status403Forbidden, Text["Upload.NotSignedIn"]);

    public static UploadRefusal MissingAntiforgeryToken() =>
        new(StatusCodes.Status400BadRequest, Text["Upload.NotVerified"]);

    public static UploadRefusal NotMultipart() =>
        new(StatusCodes.Status400BadRequest, Text["Upload.NotMultipart"]);

    public static UploadRefusal MissingBatch() =>
        new(StatusCodes.Status400BadRequest, Text["Upload.MissingBatch"]);

    public static UploadRefusal NoFile() =>
        new(StatusCodes.Status400BadRequest, Text["Upload.NoFile"]);

    public static UploadRefusal Malformed() =>
        new(StatusCodes.Status400BadRequest, Text["Upload.Malformed"]);

    public static UploadRefusal TooLarge(string name, long maxBytes) =>
        new(StatusCodes.Status413PayloadTooLarge, Text["Upload.TooLarge", name, ByteSize.Format(maxBytes)], name);

    public static UploadRefusal RequestTooLarge(long maxBytes) =>
        new(StatusCodes.Status413PayloadTooLarge, Text["Upload.RequestTooLarge", ByteSize.Format(maxBytes)]);

    public static UploadRefusal Empty(string name) =>
        new(StatusCodes.Status400BadRequest, Text["Upload.Empty", name], name);

    public static UploadRefusal ForbiddenType(string name, IReadOnlyList<string> allowed) =>
        new(StatusCodes.Status415UnsupportedMediaType,
            Text["Upload.ForbiddenType", name, string.Join(", ", allowed)], name);

    public static UploadRefusal TooMany(string name, int maxFiles) =>
        new(StatusCodes.Status400BadRequest, Text["Upload.TooMany", name, maxFiles], name);

    public static UploadRefusal TooManyPending(string name) =>
        new(StatusCodes.Status429TooManyRequests,
            Text["Upload.TooManyPending", name], name);

    public IResult ToResult() => Results.Json(new UploadError(Message, Name), statusCode: StatusCode);
}

/// <summary>The JSON body of a refused upload.</summary>
public sealed record UploadError(string Message, string? Name);

/// <summary>Sizes as people read them, in the current culture ("2.5 MB", "2,5 MB").</summary>
public static class ByteSize
{
    public static string Format(long bytes) => bytes switch
    {
        >= 1024L * 1024 * 1024 => $"{bytes / (1024d * 1024 * 1024):0.#} GB",
        >= 1024 * 1024 => $"{bytes / (1024d * 1024):0.#} MB",
        >= 1024 => $"{bytes / 1024d:0.#} KB",
        _ => StaticText<TicketText>.Localizer["Upload.Bytes", bytes],
    };
}
