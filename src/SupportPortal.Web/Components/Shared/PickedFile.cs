namespace SupportPortal.Web.Components.Shared;

/// <summary>Where one picked file is on its way to the upload store.</summary>
public enum PickedFileState
{
    Uploading,
    Uploaded,
    Failed,
}

/// <summary>Why a file was not uploaded, when the reason is known before (or without) the server's word.</summary>
public enum PickedFileRefusal
{
    None,
    TooLarge,
    ForbiddenType,
    TooMany,
    Empty,
    Network,
    SignedOut,
    Throttled,
    Server,
}

/// <summary>One file of an <see cref="AttachmentPicker"/>: its name, size, progress and, once uploaded, its token.</summary>
public sealed class PickedFile(string id, string name, long size)
{
    public string Id { get; } = id;

    public string Name { get; internal set; } = name;

    public long Size { get; internal set; } = size;

    public PickedFileState State { get; internal set; } = PickedFileState.Uploading;

    /// <summary>Bytes sent so far.</summary>
    public long Sent { get; internal set; }

    public double Percent => Size <= 0 ? 0 : Math.Clamp(100d * Sent / Size, 0, 100);

    /// <summary>The upload token the form submits; set once uploaded.</summary>
    public string? Token { get; internal set; }

    public PickedFileRefusal Refusal { get; internal set; }

    /// <summary>The server's own sentence, for <see cref="PickedFileRefusal.Server"/>.</summary>
    public string? ServerMessage { get; internal set; }
}
