using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MemoryAspire.Memory.Storage.Migrations
{
    /// <inheritdoc />
    public partial class RetentionIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_summaries_created_at",
                table: "summaries",
                column: "created_at");

            migrationBuilder.CreateIndex(
                name: "ix_messages_created_at",
                table: "messages",
                column: "created_at");

            migrationBuilder.CreateIndex(
                name: "ix_facts_category_observed_at",
                table: "facts",
                columns: new[] { "category", "observed_at" });

            migrationBuilder.CreateIndex(
                name: "ix_facts_pii_observed_at",
                table: "facts",
                column: "observed_at",
                filter: "cardinality(pii_kinds) > 0");

            // Fact history expires from when a version stopped being current; EF Core models no expression indexes.
            migrationBuilder.Sql("CREATE INDEX ix_facts_history_ended ON facts ((coalesce(valid_to, recorded_at))) WHERE status <> 'current';");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX IF EXISTS ix_facts_history_ended;");

            migrationBuilder.DropIndex(
                name: "ix_summaries_created_at",
                table: "summaries");

            migrationBuilder.DropIndex(
                name: "ix_messages_created_at",
                table: "messages");

            migrationBuilder.DropIndex(
                name: "ix_facts_category_observed_at",
                table: "facts");

            migrationBuilder.DropIndex(
                name: "ix_facts_pii_observed_at",
                table: "facts");
        }
    }
}
