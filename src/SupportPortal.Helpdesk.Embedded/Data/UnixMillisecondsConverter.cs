using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace SupportPortal.Helpdesk.Embedded.Data;

/// <summary>Stores a moment as Unix milliseconds (UTC), a column type every provider compares and sorts natively.</summary>
internal sealed class UnixMillisecondsConverter() : ValueConverter<DateTimeOffset, long>(
    moment => moment.ToUnixTimeMilliseconds(),
    milliseconds => DateTimeOffset.FromUnixTimeMilliseconds(milliseconds));
