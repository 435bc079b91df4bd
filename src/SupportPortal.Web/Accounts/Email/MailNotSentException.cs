namespace SupportPortal.Web.Accounts.Email;

/// <summary>An account e-mail could not be handed to the SMTP server or written to the pickup folder.</summary>
public sealed class MailNotSentException(string message, Exception innerException) : Exception(message, innerException);
