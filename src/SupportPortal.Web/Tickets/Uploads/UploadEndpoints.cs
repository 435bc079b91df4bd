using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using SupportPortal.Web.Localization;
using SupportPortal.Web.Security;
using SupportPortal.Web.Support;

namespace SupportPortal.Web.Tickets.Uploads;

/// <summary>
/// <c>POST /uploads?batch=…</c> takes files over plain HTTP, not over the circuit, so a browser can show real progress and
/// a 100 MB file never passes through the server's memory: the multipart body is read section by section and each file
/// streamed to the <see cref="UploadStore"/>. <c>DELETE /uploads/{token}</c> removes a file the customer took back.
/// Both need a signed-in customer and an antiforgery token in the <c>RequestVerificationToken</c> header.
/// </summary>
public static partial class UploadEndpoints
{
    public const string Path = "/uploads";

    // Multipart headers and boundaries around each file; generous, since names may be long.
    private const long PerFileOverhead = 64 * 1024;
    private const int MaxSectionHeaderBytes = 64 * 1024;
    private const int MaxIgnoredFieldBytes = 64 * 1024;

    // The reader's look-ahead buffer bounds each read of a file (16 KB by default); larger reads mean fewer boundary
    // scans and copies per megabyte, for 128 KB held per upload in flight.
    private const int SectionBufferBytes = 128 * 1024;

    public static IEndpointRouteBuilder MapUploads(this IEndpointRouteBuilder endpoints)
    {
        // An API for scripts: answers are JSON or bare status codes, never the portal's HTML error pages.
        var uploads = endpoints.MapGroup(Path).RequireAuthorization().WithMetadata(new Microsoft.AspNetCore.Mvc.SkipStatusCodePagesAttribute());

        // No parameter binds from the form: the body is read by hand, as a stream, and never buffered.
        uploads.MapPost("", ReceiveAsync).RequireRateLimiting(RateLimitPolicies.Uploads);
        uploads.MapDelete("/{token}", DeleteAsync);
        return endpoints;
    }

    private static async Task<IResult> ReceiveAsync(
        HttpContext context,
        UploadStore store,
        IOptions<UploadOptions> settings,
        IAntiforgery antiforgery,
        ILogger<UploadStore> logger)
    {
        var options = settings.Value;
        var maxRequestBytes = options.MaxFiles * (options.MaxFileBytes + PerFileOverhead);

        // Raised (or lowered) from Kestrel's 30 MB default to what this endpoint's limits actually need.
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = maxRequestBytes;
        }

        if (await RefuseAsync(context, antiforgery) is { } refused)
        {
            return refused.ToResult();
        }

        var customer = CurrentCustomer.FromPrincipal(context.User)!;
        var batch = context.Request.Query["batch"].ToString();
        if (!BatchPattern().IsMatch(batch))
        {
            return UploadRefusal.MissingBatch().ToResult();
        }

        if (context.Request.ContentLength > maxRequestBytes)
        {
            return UploadRefusal.RequestTooLarge(options.MaxFileBytes).ToResult();
        }

        if (!MediaTypeHeaderValue.TryParse(context.Request.ContentType, out var mediaType)
            || !mediaType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(mediaType.Boundary).Value is not { Length: > 0 and <= 70 } boundary)
        {
            return UploadRefusal.NotMultipart().ToResult();
        }

        var received = new List<PendingUpload>();
        try
        {
            var reader = new MultipartReader(boundary, context.Request.Body, SectionBufferBytes) { HeadersLengthLimit = MaxSectionHeaderBytes };
            while (await reader.ReadNextSectionAsync(context.RequestAborted) is { } section)
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
                    || !disposition.IsFileDisposition())
                {
                    // A stray form field: read past it, within a small limit, and ignore it.
                    await DrainAsync(section.Body, context.RequestAborted);
                    continue;
                }

                var name = UploadFileName.Neutralise(disposition.FileNameStar.HasValue ? disposition.FileNameStar.Value : disposition.FileName.Value);
                var outcome = await ReceiveFileAsync(store, options, customer.Email, batch, name, section.Body, context.RequestAborted);
                if (outcome.Refusal is { } refusal)
                {
                    // One request is all or nothing; the page sends each file on its own, so other files keep going.
                    Discard(store, received);
                    logger.LogInformation("Refused the upload {FileName}: {Message}", name, refusal.Message);
                    return refusal.ToResult();
                }

                received.Add(outcome.Upload!);
            }
        }
        catch (Exception exception) when (exception is InvalidDataException or IOException or BadHttpRequestException)
        {
            Discard(store, received);
            var tooLarge = exception is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge };
            logger.LogInformation(exception, "An upload was cut short or malformed");
            return (tooLarge ? UploadRefusal.RequestTooLarge(options.MaxFileBytes) : UploadRefusal.Malformed()).ToResult();
        }
        catch (OperationCanceledException)
        {
            Discard(store, received);
            throw;
        }

        if (received.Count == 0)
        {
            return UploadRefusal.NoFile().ToResult();
        }

        return Results.Ok(new UploadReceipt(received.Select(u => new UploadedFile(u.Token, u.FileName, u.Length, u.ContentType)).ToList()));
    }

    private static async Task<(PendingUpload? Upload, UploadRefusal? Refusal)> ReceiveFileAsync(
        UploadStore store,
        UploadOptions options,
        string email,
        string batch,
        string name,
        Stream body,
        CancellationToken cancellationToken)
    {
        if (!options.IsAllowed(name))
        {
            return (null, UploadRefusal.ForbiddenType(name, options.EffectiveExtensions));
        }

        if (store.TryReserve(email, batch, out var formFull) is not { } reservation)
        {
            return (null, formFull ? UploadRefusal.TooMany(name, options.MaxFiles) : UploadRefusal.TooManyPending(name));
        }

        var upload = await store.SaveAsync(reservation, name, body, cancellationToken);
        if (upload is null)
        {
            return (null, UploadRefusal.TooLarge(name, options.MaxFileBytes));
        }

        if (upload.Length == 0)
        {
            store.Release(upload.Token);
            return (null, UploadRefusal.Empty(name));
        }

        return (upload, null);
    }

    private static async Task<IResult> DeleteAsync(HttpContext context, string token, UploadStore store, IAntiforgery antiforgery)
    {
        if (await RefuseAsync(context, antiforgery) is { } refused)
        {
            return refused.ToResult();
        }

        var customer = CurrentCustomer.FromPrincipal(context.User)!;

        // Another customer's token gets the same answer as one that never existed.
        return store.Delete(customer.Email, token) ? Results.NoContent() : Results.NotFound(new UploadError(StaticText<TicketText>.Localizer["Upload.NoSuchUpload"], null));
    }

    /// <summary>The refusal for a request without a confirmed customer or a valid antiforgery token; null when both are there.</summary>
    private static async Task<UploadRefusal?> RefuseAsync(HttpContext context, IAntiforgery antiforgery)
    {
        if (CurrentCustomer.FromPrincipal(context.User) is null)
        {
            return UploadRefusal.NotSignedIn();
        }

        // Checked first: without the header, antiforgery would look for the token in the form and buffer the whole body.
        var headerName = context.RequestServices.GetRequiredService<IOptions<AntiforgeryOptions>>().Value.HeaderName;
        if (headerName is null || string.IsNullOrEmpty(context.Request.Headers[headerName]))
        {
            return UploadRefusal.MissingAntiforgeryToken();
        }

        try
        {
            await antiforgery.ValidateRequestAsync(context);
            return null;
        }
        catch (AntiforgeryValidationException)
        {
            return UploadRefusal.MissingAntiforgeryToken();
        }
    }

    private static async Task DrainAsync(Stream body, CancellationToken cancellationToken)
    {
        var buffer = new byte[4096];
        long total = 0;
        int read;
        while ((read = await body.ReadAsync(buffer, cancellationToken)) > 0)
        {
            total += read;
            if (total > MaxIgnoredFieldBytes)
            {
                throw new InvalidDataException("A form field in an upload is too large.");
            }
        }
    }

    private static void Discard(UploadStore store, IEnumerable<PendingUpload> uploads)
    {
        foreach (var upload in uploads)
        {
            store.Release(upload.Token);
        }
    }

    [GeneratedRegex("^[A-Za-z0-9-]{1,64}$")]
    private static partial Regex BatchPattern();
}

/// <summary>The JSON body of an accepted upload: one entry per file, with the token the form submits.</summary>
public sealed record UploadReceipt(IReadOnlyList<UploadedFile> Files);

public sealed record UploadedFile(string Token, string Name, long Size, string ContentType);
