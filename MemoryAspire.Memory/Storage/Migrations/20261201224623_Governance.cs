using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace MemoryAspire.Memory.Storage.Migrations
{
    /// <inheritdoc />
    public partial class Governance : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<short>(
                name: "authority",
                table: "facts",
                type: "smallint",
                nullable: false,
                defaultValue: (short)1);

            migrationBuilder.AddColumn<Guid[]>(
                name: "confirmed_by_message_ids",
                table: "facts",
                type: "uuid[]",
                nullable: false,
                defaultValue: new Guid[0]);

            migrationBuilder.CreateTable(
                name: "audit_entries",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    actor = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    action = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    target_type = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    target_ids = table.Column<Guid[]>(type: "uuid[]", nullable: false),
                    detail = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit_entries", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "erasure_requests",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    requested_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    completed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    total = table.Column<long>(type: "bigint", nullable: true),
                    done = table.Column<long>(type: "bigint", nullable: false),
                    error = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_erasure_requests", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_at",
                table: "audit_entries",
                column: "at");

            migrationBuilder.CreateIndex(
                name: "ix_audit_entries_user_id_at",
                table: "audit_entries",
                columns: new[] { "user_id", "at" });

            migrationBuilder.CreateIndex(
                name: "ix_erasure_requests_one_active",
                table: "erasure_requests",
                column: "user_id",
                unique: true,
                filter: "status IN ('pending', 'running')");

            migrationBuilder.CreateIndex(
                name: "ix_erasure_requests_user_id",
                table: "erasure_requests",
                column: "user_id");

            // Facts recorded before this migration: their one source confirms them, and the extractor tells their authority.
            migrationBuilder.Sql("""
                UPDATE facts SET confirmed_by_message_ids = ARRAY[source_message_id] WHERE source_message_id IS NOT NULL;
                UPDATE facts SET authority = CASE WHEN extractor = 'user' THEN 2 WHEN extractor LIKE 'system:%' THEN 3 ELSE 1 END;
                """);

            // Tenant isolation in the database: ChatApi and the worker's per-user jobs run as memory_app, which sees and
            // changes only the rows of the user named by the session setting memory.user_id; with none set it sees nothing.
            // The migrating role (the table owner) is not subject to the policies: the worker's cross-user sweeps run as it.
            migrationBuilder.Sql("""
                DO $$
                BEGIN
                    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'memory_app') THEN
                        CREATE ROLE memory_app NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
                    END IF;
                END
                $$;
                GRANT memory_app TO CURRENT_USER;
                GRANT USAGE ON SCHEMA public TO memory_app;
                GRANT SELECT, INSERT, UPDATE, DELETE ON sessions, messages, summaries, facts, jobs, idempotency_records TO memory_app;
                GRANT SELECT, INSERT, UPDATE ON erasure_requests TO memory_app;
                GRANT SELECT, INSERT ON audit_entries TO memory_app;
                GRANT SELECT ON users TO memory_app;
                GRANT SELECT ON "__EFMigrationsHistory" TO memory_app;
                GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO memory_app;

                CREATE OR REPLACE FUNCTION memory_current_user() RETURNS uuid
                    LANGUAGE sql STABLE PARALLEL SAFE
                    AS $f$ SELECT nullif(current_setting('memory.user_id', true), '')::uuid $f$;

                -- The subject-to-id lookup runs before the request's user is known, so it may read and add users on its own.
                CREATE OR REPLACE FUNCTION memory_resolve_user(p_subject text, p_id uuid, p_now timestamptz) RETURNS uuid
                    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public
                    AS $f$
                    DECLARE found uuid;
                    BEGIN
                        SELECT id INTO found FROM users WHERE subject = p_subject;
                        IF found IS NULL AND p_id IS NOT NULL THEN
                            INSERT INTO users (id, subject, created_at) VALUES (p_id, p_subject, p_now) ON CONFLICT (subject) DO NOTHING;
                            SELECT id INTO found FROM users WHERE subject = p_subject;
                        END IF;
                        RETURN found;
                    END
                    $f$;
                REVOKE ALL ON FUNCTION memory_resolve_user(text, uuid, timestamptz) FROM PUBLIC;
                GRANT EXECUTE ON FUNCTION memory_resolve_user(text, uuid, timestamptz) TO memory_app;

                ALTER TABLE users ENABLE ROW LEVEL SECURITY;
                CREATE POLICY tenant_isolation ON users TO memory_app USING (id = memory_current_user());
                ALTER TABLE sessions ENABLE ROW LEVEL SECURITY;
                CREATE POLICY tenant_isolation ON sessions TO memory_app USING (user_id = memory_current_user()) WITH CHECK (user_id = memory_current_user());
                ALTER TABLE messages ENABLE ROW LEVEL SECURITY;
                CREATE POLICY tenant_isolation ON messages TO memory_app USING (user_id = memory_current_user()) WITH CHECK (user_id = memory_current_user());
                ALTER TABLE summaries ENABLE ROW LEVEL SECURITY;
                CREATE POLICY tenant_isolation ON summaries TO memory_app USING (user_id = memory_current_user()) WITH CHECK (user_id = memory_current_user());
                ALTER TABLE facts ENABLE ROW LEVEL SECURITY;
                CREATE POLICY tenant_isolation ON facts TO memory_app USING (user_id = memory_current_user()) WITH CHECK (user_id = memory_current_user());
                ALTER TABLE jobs ENABLE ROW LEVEL SECURITY;
                CREATE POLICY tenant_isolation ON jobs TO memory_app USING (user_id = memory_current_user()) WITH CHECK (user_id = memory_current_user());
                ALTER TABLE idempotency_records ENABLE ROW LEVEL SECURITY;
                CREATE POLICY tenant_isolation ON idempotency_records TO memory_app USING (user_id = memory_current_user()) WITH CHECK (user_id = memory_current_user());
                ALTER TABLE erasure_requests ENABLE ROW LEVEL SECURITY;
                CREATE POLICY tenant_isolation ON erasure_requests TO memory_app USING (user_id = memory_current_user()) WITH CHECK (user_id = memory_current_user());
                ALTER TABLE audit_entries ENABLE ROW LEVEL SECURITY;
                CREATE POLICY tenant_isolation ON audit_entries TO memory_app USING (user_id = memory_current_user()) WITH CHECK (user_id = memory_current_user());
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DO $$
                DECLARE t text;
                BEGIN
                    FOREACH t IN ARRAY ARRAY['users', 'sessions', 'messages', 'summaries', 'facts', 'jobs', 'idempotency_records', 'erasure_requests', 'audit_entries'] LOOP
                        EXECUTE format('DROP POLICY IF EXISTS tenant_isolation ON %I', t);
                        EXECUTE format('ALTER TABLE %I DISABLE ROW LEVEL SECURITY', t);
                    END LOOP;
                END
                $$;
                DROP FUNCTION IF EXISTS memory_resolve_user(text, uuid, timestamptz);
                DROP FUNCTION IF EXISTS memory_current_user();
                REVOKE ALL ON ALL TABLES IN SCHEMA public FROM memory_app;
                REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM memory_app;
                REVOKE USAGE ON SCHEMA public FROM memory_app;
                """);

            migrationBuilder.DropTable(
                name: "audit_entries");

            migrationBuilder.DropTable(
                name: "erasure_requests");

            migrationBuilder.DropColumn(
                name: "authority",
                table: "facts");

            migrationBuilder.DropColumn(
                name: "confirmed_by_message_ids",
                table: "facts");
        }
    }
}
