using SupportPortal.Simulators.KayakoClassic.Model;
using SupportPortal.Simulators.KayakoClassic.Wire;

namespace SupportPortal.Simulators.KayakoClassic.Controllers;

/// <summary>What a controller method sees of one request: the store (locked for it), the request variables and the caller's address.</summary>
internal sealed record RestCall(KayakoStore Store, string Method, PhpParameters Parameters, string ClientIp);
