using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MemoryAspire.Memory.Storage.Migrations
{
    /// <inheritdoc />
    public partial class HotPathIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_summaries_covered_message_ids",
                table: "summaries");

            migrationBuilder.DropIndex(
                name: "ix_sessions_user_id_last_active_at",
                table: "sessions");

            migrationBuilder.DropIndex(
                name: "ix_messages_content",
                table: "messages");

            migrationBuilder.DropIndex(
                name: "ix_messages_search_vector",
                table: "messages");

            migrationBuilder.DropIndex(
                name: "ix_facts_search_vector",
                table: "facts");

            migrationBuilder.CreateIndex(
                name: "ix_sessions_user_id",
                table: "sessions",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_jobs_pending",
                table: "jobs",
                column: "id",
                filter: "status = 'pending'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_sessions_user_id",
                table: "sessions");

            migrationBuilder.DropIndex(
                name: "ix_jobs_pending",
                table: "jobs");

            migrationBuilder.CreateIndex(
                name: "ix_summaries_covered_message_ids",
                table: "summaries",
                column: "covered_message_ids")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_sessions_user_id_last_active_at",
                table: "sessions",
                columns: new[] { "user_id", "last_active_at" });

            migrationBuilder.CreateIndex(
                name: "ix_messages_content",
                table: "messages",
                column: "content")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_messages_search_vector",
                table: "messages",
                column: "search_vector")
                .Annotation("Npgsql:IndexMethod", "GIN");

            migrationBuilder.CreateIndex(
                name: "ix_facts_search_vector",
                table: "facts",
                column: "search_vector")
                .Annotation("Npgsql:IndexMethod", "GIN");
        }
    }
}
