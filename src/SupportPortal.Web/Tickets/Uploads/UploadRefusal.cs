namespace SupportPortal.Web.Tickets.Uploads;

/// <summary>
/// Why an upload was refused, as the JSON body the page shows beside the file. The sentences live here, in one place,
/// so they can be translated together.
/// </summary>
public sealed record UploadRefusal(int StatusCode, string Message, string? Name = null)
{
    public static UploadRefusal NotSignedIn() =>
        new(StatusCodes.Status403Forbidden, "Sign in with a confirmed e-mail address to attach files.");

    public static UploadRefusal MissingAntiforgeryToken() =>
        new(StatusCodes.Status400BadRequest, "This upload could not be verified. Reload the page and attach the file again.");

    public static UploadRefusal NotMultipart() =>
        new(StatusCodes.Status400BadRequest, "Send files as multipart/form-data.");

    public static UploadRefusal MissingBatch() =>
        new(StatusCodes.Status400BadRequest, "The upload does not say which form it belongs to.");

    public static UploadRefusal NoFile() =>
        new(StatusCodes.Status400BadRequest, "No file was sent.");

    public static UploadRefusal Malformed() =>
        new(StatusCodes.Status400BadRequest, "The upload was cut short, malformed or its file name far too long. Please attach the file again.");

    public static UploadRefusal TooLarge(string name, long maxBytes) =>
        new(StatusCodes.Status413PayloadTooLarge, $"“{name}” is larger than the {ByteSize.Format(maxBytes)} limit.", name);

    public static UploadRefusal RequestTooLarge(long maxBytes) =>
        new(StatusCodes.Status413PayloadTooLarge, $"The upload is larger than the {ByteSize.Format(maxBytes)} limit.");

    public static UploadRefusal Empty(string name) =>
        new(StatusCodes.Status400BadRequest, $"“{name}” is empty.", name);

    public static UploadRefusal ForbiddenType(string name, IReadOnlyList<string> allowed) =>
        new(StatusCodes.Status415UnsupportedMediaType,
            $"“{name}” can't be attached: only {string.Join(", ", allowed)} files are accepted.", name);

    public static UploadRefusal TooMany(string name, int maxFiles) =>
        new(StatusCodes.Status400BadRequest, $"“{name}” was not added: you can attach at most {maxFiles} files.", name);

    public static UploadRefusal TooManyPending(string name) =>
        new(StatusCodes.Status429TooManyRequests,
            $"“{name}” was not added: you have many files waiting in other forms. Submit or close them, or try again later.", name);

    public IResult ToResult() => Results.Json(new UploadError(Message, Name), statusCode: StatusCode);
}

/// <summary>The JSON body of a refused upload.</summary>
public sealed record UploadError(string Message, string? Name);

/// <summary>Sizes as people read them.</summary>
public static class ByteSize
{
    public static string Format(long bytes) => bytes switch
    {
        >= 1024L * 1024 * 1024 => $"{bytes / (1024d * 1024 * 1024):0.#} GB",
        >= 1024 * 1024 => $"{bytes / (1024d * 1024):0.#} MB",
        >= 1024 => $"{bytes / 1024d:0.#} KB",
        _ => $"{bytes} bytes",
    };
}
