using System.Security.Cryptography;

namespace SupportPortal.Simulators.KayakoClassic;

/// <summary>How to start a <see cref="KayakoClassicSimulator"/>. Every knob has a default that works.</summary>
public sealed record KayakoClassicSimulatorOptions
{
    /// <summary>The loopback port to listen on; 0 picks a free one.</summary>
    public int Port { get; init; }

    /// <summary>The REST API key clients must send (a fresh random one by default, as Kayako generates).</summary>
    public string ApiKey { get; init; } = Guid.NewGuid().ToString();

    /// <summary>The secret key signatures are made with (random by default).</summary>
    public string SecretKey { get; init; } = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48));

    /// <summary>How long each request is held before it is answered.</summary>
    public TimeSpan Latency { get; init; }

    /// <summary>The share of requests (0 to 1) answered with HTTP 500.</summary>
    public double FailureRate { get; init; }

    /// <summary>Seeds the random failures, so a test run fails the same requests every time.</summary>
    public int? FaultSeed { get; init; }

    /// <summary>Extra generated customers (customer001@example.com ...) with three tickets each, for load tests.</summary>
    public int ExtraCustomers { get; init; }

    /// <summary>The clock for the timestamps of new tickets, posts and comments.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>The largest request body accepted, as PHP's post_max_size (base64 attachments travel in the form).</summary>
    public long MaxRequestBytes { get; init; } = 128L * 1024 * 1024;
}
