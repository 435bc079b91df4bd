namespace SupportPortal.Helpdesk.KayakoClassic;

/// <summary>updateEmailAddress: the Kayako user keeps its tickets and gets the new address in place of the old.</summary>
internal sealed partial class KayakoClassicHelpdesk
{
    public async Task UpdateEmailAddressAsync(string oldEmail, string newEmail, CancellationToken cancellationToken = default)
    {
        CustomerEmail.Require(oldEmail);
        CustomerEmail.Require(newEmail);

        var user = await customers.FindAsync(oldEmail, cancellationToken) ?? throw new HelpdeskException(HelpdeskError.UserNotFound);
        if (await customers.FindAsync(newEmail, cancellationToken) is { } owner && owner.Id != user.Id)
        {
            throw new HelpdeskException(HelpdeskError.EmailAlreadyInUse);
        }

        // The user's other addresses stay; the old one is replaced where it stood.
        var addresses = user.Emails
            .Select(e => CustomerEmail.Normalize(e) == CustomerEmail.Normalize(oldEmail) ? newEmail : e)
            .DistinctBy(CustomerEmail.Normalize)
            .ToList();
        await customers.ReplaceAddressesAsync(user, addresses, cancellationToken);
    }
}
