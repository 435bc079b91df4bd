using System.ComponentModel;

namespace SupportPortal.Helpdesk.KayakoClassic.ReferenceData;

/// <summary>
/// A cached list. Marked immutable so HybridCache hands out the same instance instead of a fresh copy per read;
/// nothing mutates what it holds.
/// </summary>
[ImmutableObject(true)]
internal sealed record CachedList<T>(IReadOnlyList<T> Items);
