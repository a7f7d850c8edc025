using Microsoft.EntityFrameworkCore;

namespace MemoryAspire.Memory.Storage;

/// <summary>The source of truth for every user's memory.</summary>
public sealed class MemoryDbContext(DbContextOptions<MemoryDbContext> options) : DbContext(options);
