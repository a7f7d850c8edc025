using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;

namespace MemoryAspire.Memory.Storage;

/// <summary>
/// EF Core's migration history table, asked after and created without EF reading it first: EF reads the history of a fresh
/// database before creating it and logs the failed read as an error (dotnet/efcore#37328), and the provider's own existence
/// check answers true for a database without the table. Used so that a first start logs no error.
/// </summary>
public static class SchemaHistory
{
    public static async Task<bool> ExistsAsync(MemoryDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var table = $"\"{HistoryRepository.DefaultTableName}\"";
        return await db.Database.SqlQuery<bool>($"SELECT to_regclass({table}) IS NOT NULL AS \"Value\"").SingleAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Creates the table when it is missing; another replica creating it at the same moment is fine (its table serves).</summary>
    public static async Task CreateAsync(MemoryDbContext db, CancellationToken cancellationToken)
    {
        if (await ExistsAsync(db, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        try
        {
            await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.DuplicateTable or PostgresErrorCodes.UniqueViolation)
        {
        }
    }
}
