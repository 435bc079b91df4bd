using Xunit.Sdk;

namespace SupportPortal.Helpdesk.ContractTests;

/// <summary>Asserts that a helpdesk call fails with one particular <see cref="HelpdeskError"/>.</summary>
public static class Refused
{
    public static async Task<HelpdeskException> WithAsync(HelpdeskError expected, Func<Task> call)
    {
        HelpdeskException refusal;
        try
        {
            await call();
            throw new XunitException($"Expected the backend to refuse with {Describe(expected)}, but the call succeeded.");
        }
        catch (HelpdeskException exception)
        {
            refusal = exception;
        }

        if (refusal.Error != expected)
        {
            throw new XunitException(
                $"Expected the backend to refuse with {Describe(expected)}, but it refused with {Describe(refusal.Error)}: {refusal.Message}");
        }

        return refusal;
    }

    private static string Describe(HelpdeskError error) => $"{error} ({(int)error})";
}
