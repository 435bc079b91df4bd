using System.Net.Sockets;
using Npgsql;

namespace SupportPortal.Helpdesk.ContractTests.Embedded;

/// <summary>
/// The embedded backend on a fresh PostgreSQL database of its own, dropped at the end. The server comes from
/// SUPPORTPORTAL_TEST_POSTGRES; a server that cannot be used fails every test with what to do about it.
/// </summary>
public sealed class EmbeddedPostgresFixture : EmbeddedHelpdeskFixture
{
    public const string ServerVariable = "SUPPORTPORTAL_TEST_POSTGRES";

    private const string DefaultServer = "Host=127.0.0.1;Port=5432;Username=supportportal;Password=supportportal";

    private readonly string database = $"sp_contract_{Guid.NewGuid():N}";
    private bool created;

    private static NpgsqlConnectionStringBuilder Server =>
        new(Environment.GetEnvironmentVariable(ServerVariable) is { Length: > 0 } configured ? configured : DefaultServer);

    protected override async Task<string> CreateStoreAsync()
    {
        await using (var admin = await OpenAdminConnectionAsync())
        {
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", admin);
            await create.ExecuteNonQueryAsync();
            created = true;
        }

        return new NpgsqlConnectionStringBuilder(Server.ConnectionString) { Database = database }.ConnectionString;
    }

    protected override async Task DropStoreAsync()
    {
        if (!created)
        {
            return;
        }

        NpgsqlConnection.ClearAllPools();
        await using var admin = await OpenAdminConnectionAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }

    private static async Task<NpgsqlConnection> OpenAdminConnectionAsync()
    {
        var server = Server;
        var admin = new NpgsqlConnectionStringBuilder(server.ConnectionString) { Database = "postgres", Timeout = 5, Pooling = false };
        var connection = new NpgsqlConnection(admin.ConnectionString);
        try
        {
            await connection.OpenAsync();
            return connection;
        }
        catch (Exception exception) when (exception is NpgsqlException or SocketException or TimeoutException)
        {
            await connection.DisposeAsync();
            var where = $"{server.Host}:{server.Port}";
            var message = exception is PostgresException refusal
                ? $"PostgreSQL at {where} refused user \"{server.Username}\" ({refusal.MessageText}): run `bash .ci/setup` (creates the test role) or set {ServerVariable}."
                : $"PostgreSQL is not reachable at {where}: run `bash .ci/setup` (installs and starts it) or set {ServerVariable}.";
            throw new InvalidOperationException(message, exception);
        }
    }
}
