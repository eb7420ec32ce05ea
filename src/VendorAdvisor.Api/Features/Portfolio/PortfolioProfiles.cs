using System.Data;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Marten;
using Npgsql;
using VendorAdvisor.Api.Features.Profiles;
using VendorAdvisor.Api.Infrastructure;
using VendorAdvisor.Domain.Profiles;

namespace VendorAdvisor.Api.Features.Portfolio;

/// A tenant's active profile as re-scoring needs it: its id, and the client as its current version has it.
public sealed record ActiveProfile(Guid Id, ClientProfile Client);

/// Reads a tenant's active (not archived) profiles in pages of <see cref="PageSize"/>, by id, straight from the
/// profile documents: only the client part of each is read and parsed, and never more than one page is held, so a
/// portfolio of any size costs the same memory.
public static class PortfolioProfiles
{
    public const int PageSize = 1000;

    public static async IAsyncEnumerable<ActiveProfile> ReadAsync(IQuerySession session, [EnumeratorCancellation] CancellationToken ct, int pageSize = PageSize)
    {
        var table = session.DocumentStore.Options.FindOrResolveDocumentType(typeof(Profile)).TableName.QualifiedName;
        await using var connection = (NpgsqlConnection)session.Database.CreateConnection();
        await connection.OpenAsync(ct);
        var after = Guid.Empty;
        var page = new List<ActiveProfile>(pageSize);
        do
        {
            page.Clear();
            // Keyset paging on the primary key (tenant_id, id): each page costs the same however far in it is.
            await using var command = connection.CreateCommand();
            command.CommandText =
                $"""
                select id, data -> 'client' from {table}
                where tenant_id = @tenant and id > @after and coalesce((data ->> 'isArchived')::boolean, false) = false
                order by id limit {pageSize}
                """;
            command.Parameters.AddWithValue("tenant", session.TenantId);
            command.Parameters.AddWithValue("after", after);
            await using (var reader = await command.ExecuteReaderAsync(CommandBehavior.SequentialAccess, ct))
            {
                while (await reader.ReadAsync(ct))
                {
                    var id = reader.GetGuid(0);
                    var client = JsonSerializer.Deserialize<ClientProfile>(reader.GetString(1), ApiJson.Options)!;
                    page.Add(new ActiveProfile(id, client));
                }
            }
            foreach (var profile in page) yield return profile;
            if (page.Count > 0) after = page[^1].Id;
        }
        while (page.Count == pageSize);
    }
}
