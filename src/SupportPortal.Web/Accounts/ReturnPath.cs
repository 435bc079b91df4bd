namespace SupportPortal.Web.Accounts;

/// <summary>
/// Where a customer may be sent back to after signing in or out: a path on this portal, never another site.
/// Every <c>ReturnUrl</c> and <c>return_to</c> goes through here, so the portal cannot be used as an open redirect.
/// </summary>
public static class ReturnPath
{
    public const string Home = "/";

    /// <summary>True for "/", "/tickets?page=2" and the like; false for absolute, protocol-relative and backslash tricks.</summary>
    public static bool IsLocal(string? candidate)
    {
        if (string.IsNullOrEmpty(candidate) || candidate[0] != '/')
        {
            return false;
        }

        if (candidate.Length == 1)
        {
            return true;
        }

        // "//evil" and "/\evil" are read by browsers as another host.
        if (candidate[1] is '/' or '\\')
        {
            return false;
        }

        // Browsers drop tabs and newlines from URLs ("/\t/evil" becomes "//evil") and treat "\" as "/" in paths.
        return !candidate.Any(c => char.IsControl(c) || c == '\\');
    }

    /// <summary>The candidate when it is a local path, otherwise the home page.</summary>
    public static string LocalOrHome(string? candidate) => IsLocal(candidate) ? candidate! : Home;
}
