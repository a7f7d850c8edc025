using System;
using Microsoft.EntityFrameworkCore.Migrations;
using NpgsqlTypes;

#nullable disable

namespace MemoryAspire.Memory.Storage.Migrations
{
    /// <inheritdoc />
    public partial class RecallIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "search_vector",
                table: "messages");

            migrationBuilder.CreateTable(
                name: "recall_postings",
                columns: table => new
                {
                    message_id = table.Column<Guid>(type: "uuid", nullable: false),
                    term = table.Column<long>(type: "bigint", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    weight = table.Column<float>(type: "real", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_recall_postings", x => new { x.message_id, x.term });
                });

            migrationBuilder.CreateTable(
                name: "recall_statistics",
                columns: table => new
                {
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    documents = table.Column<long>(type: "bigint", nullable: false),
                    terms = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_recall_statistics", x => x.user_id);
                    table.ForeignKey(
                        name: "fk_recall_statistics_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "recall_terms",
                columns: table => new
                {
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    term = table.Column<long>(type: "bigint", nullable: false),
                    documents = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_recall_terms", x => new { x.user_id, x.term });
                    table.ForeignKey(
                        name: "fk_recall_terms_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_recall_postings_rank",
                table: "recall_postings",
                columns: new[] { "user_id", "term", "weight", "message_id" },
                descending: new[] { false, false, true, true });

            // Read by the chat path as memory_app, which sees only the current user's rows; written by the worker's cross-user
            // job completion as the owner; postings deleted with their messages by a statement trigger (one per statement that
            // deletes messages, taking the postings by primary key), the statistics by an erasure.
            migrationBuilder.Sql("""
                GRANT SELECT, DELETE ON recall_postings, recall_terms, recall_statistics TO memory_app;
                ALTER TABLE recall_postings ENABLE ROW LEVEL SECURITY;
                ALTER TABLE recall_terms ENABLE ROW LEVEL SECURITY;
                ALTER TABLE recall_statistics ENABLE ROW LEVEL SECURITY;
                CREATE POLICY tenant_isolation ON recall_postings TO memory_app USING (user_id = memory_current_user()) WITH CHECK (user_id = memory_current_user());
                CREATE POLICY tenant_isolation ON recall_terms TO memory_app USING (user_id = memory_current_user()) WITH CHECK (user_id = memory_current_user());
                CREATE POLICY tenant_isolation ON recall_statistics TO memory_app USING (user_id = memory_current_user()) WITH CHECK (user_id = memory_current_user());

                CREATE FUNCTION recall_forget_messages() RETURNS trigger LANGUAGE plpgsql AS $f$
                BEGIN
                    DELETE FROM recall_postings WHERE message_id = ANY(ARRAY(SELECT id FROM gone WHERE role = 'user'));
                    RETURN NULL;
                END
                $f$;
                CREATE TRIGGER recall_forget_messages AFTER DELETE ON messages REFERENCING OLD TABLE AS gone
                    FOR EACH STATEMENT EXECUTE FUNCTION recall_forget_messages();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS recall_forget_messages ON messages;
                DROP FUNCTION IF EXISTS recall_forget_messages();
                """);

            migrationBuilder.DropTable(
                name: "recall_postings");

            migrationBuilder.DropTable(
                name: "recall_statistics");

            migrationBuilder.DropTable(
                name: "recall_terms");

            migrationBuilder.AddColumn<NpgsqlTsVector>(
                name: "search_vector",
                table: "messages",
                type: "tsvector",
                nullable: false)
                .Annotation("Npgsql:TsVectorConfig", "english")
                .Annotation("Npgsql:TsVectorProperties", new[] { "content" });
        }
    }
}
