using SupportPortal.Web.Accounts.Data;

namespace SupportPortal.Web.Reliability;

/// <summary>Where files that belong with the portal store go (outbox attachment copies, Data Protection keys).</summary>
public static class PortalStoreFolder
{
    /// <summary>Beside the SQLite file; "data" under the working directory when the store is PostgreSQL.</summary>
    public static string Of(PortalStoreSettings store) =>
        store.DatabaseFilePath is { } file ? Path.GetDirectoryName(file)! : Path.GetFullPath("data");
}
