using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MemoryAspire.Memory.Storage.Migrations
{
    /// <inheritdoc />
    public partial class RecallVectors : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "recall_centroids",
                columns: table => new
                {
                    cell = table.Column<int>(type: "integer", nullable: false),
                    centroid = table.Column<float[]>(type: "real[]", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_recall_centroids", x => x.cell);
                });

            migrationBuilder.CreateTable(
                name: "recall_vector_backlog",
                columns: table => new
                {
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    since = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_recall_vector_backlog", x => x.user_id);
                    table.ForeignKey(
                        name: "fk_recall_vector_backlog_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "recall_vectors",
                columns: table => new
                {
                    message_id = table.Column<Guid>(type: "uuid", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    cell = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    vector = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_recall_vectors", x => x.message_id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_recall_vectors_cell",
                table: "recall_vectors",
                columns: new[] { "user_id", "cell", "created_at" },
                descending: new[] { false, false, true });

            // Read by the chat path as memory_app (its own rows only); written by the worker as the owner. Vectors go with their
            // messages through the statement trigger on messages that already takes the postings. A user is queued for vectors
            // when a session is inserted while they have another (recall searches only the other sessions); users who already
            // have several sessions are queued now, which is the backfill. recall_vector_candidates is the chat path's read:
            // nothing for a user with one session; otherwise the given cells in the given order (nearest to the question
            // first), the newest rows of each, until p_rows rows; the messages by primary key, and for those that ask something
            // the two after them. A function, so that its plans are kept per connection; where the server has pgvector, a
            // function of the same signature ordering by the vector's distance (an HNSW index) replaces the cells.
            migrationBuilder.Sql("""
                GRANT SELECT, DELETE ON recall_vectors TO memory_app;
                GRANT SELECT ON recall_centroids TO memory_app;
                GRANT SELECT, INSERT, UPDATE, DELETE ON recall_vector_backlog TO memory_app;
                ALTER TABLE recall_vectors ENABLE ROW LEVEL SECURITY;
                ALTER TABLE recall_vector_backlog ENABLE ROW LEVEL SECURITY;
                CREATE POLICY tenant_isolation ON recall_vectors TO memory_app USING (user_id = memory_current_user()) WITH CHECK (user_id = memory_current_user());
                CREATE POLICY tenant_isolation ON recall_vector_backlog TO memory_app USING (user_id = memory_current_user()) WITH CHECK (user_id = memory_current_user());

                CREATE OR REPLACE FUNCTION recall_forget_messages() RETURNS trigger LANGUAGE plpgsql AS $f$
                BEGIN
                    DELETE FROM recall_postings WHERE message_id = ANY(ARRAY(SELECT id FROM gone WHERE role = 'user'));
                    DELETE FROM recall_vectors WHERE message_id = ANY(ARRAY(SELECT id FROM gone WHERE role = 'user'));
                    RETURN NULL;
                END
                $f$;

                CREATE FUNCTION recall_vectors_queue() RETURNS trigger LANGUAGE plpgsql AS $f$
                BEGIN
                    IF EXISTS (SELECT 1 FROM sessions s WHERE s.user_id = NEW.user_id AND s.id <> NEW.id) THEN
                        INSERT INTO recall_vector_backlog (user_id, since) VALUES (NEW.user_id, clock_timestamp())
                        ON CONFLICT (user_id) DO UPDATE SET since = excluded.since;
                    END IF;
                    RETURN NULL;
                END
                $f$;
                CREATE TRIGGER recall_vectors_queue AFTER INSERT ON sessions FOR EACH ROW EXECUTE FUNCTION recall_vectors_queue();

                INSERT INTO recall_vector_backlog (user_id, since)
                SELECT user_id, now() FROM sessions GROUP BY user_id HAVING count(*) > 1;

                CREATE FUNCTION recall_vector_candidates(p_user uuid, p_session uuid, p_cells int[], p_per_cell int, p_rows int)
                RETURNS TABLE (id uuid, session_id uuid, sequence bigint, role text, content text, created_at timestamptz, vector bytea,
                    following_sequences bigint[], following_roles text[], following_contents text[])
                LANGUAGE plpgsql STABLE AS $f$
                #variable_conflict use_column
                BEGIN
                    IF NOT EXISTS (SELECT 1 FROM sessions x WHERE x.user_id = p_user AND x.id <> p_session) THEN
                        RETURN;
                    END IF;
                    RETURN QUERY
                    WITH v AS (
                        SELECT r.message_id, r.vector
                        FROM unnest(p_cells) WITH ORDINALITY AS c(cell, ord)
                        CROSS JOIN LATERAL (
                            SELECT rv.message_id, rv.vector FROM recall_vectors rv
                            WHERE rv.user_id = p_user AND rv.cell = c.cell
                            ORDER BY rv.created_at DESC
                            LIMIT p_per_cell) r
                        LIMIT p_rows),
                    c AS (
                        SELECT m.id, m.session_id, m.sequence, m.role, m.content, m.created_at, v.vector
                        FROM messages m JOIN v ON v.message_id = m.id
                        WHERE m.id = ANY(ARRAY(SELECT v.message_id FROM v)) AND m.session_id <> p_session)
                    SELECT c.id, c.session_id, c.sequence, c.role::text, c.content, c.created_at, c.vector, f.sequences, f.roles, f.contents
                    FROM c LEFT JOIN LATERAL (
                        SELECT array_agg(n.sequence ORDER BY n.sequence) AS sequences, array_agg(n.role::text ORDER BY n.sequence) AS roles,
                               array_agg(n.content ORDER BY n.sequence) AS contents
                        FROM messages n
                        WHERE strpos(c.content, '?') > 0 AND n.session_id = c.session_id AND n.sequence BETWEEN c.sequence + 1 AND c.sequence + 2) f ON true;
                END
                $f$;
                GRANT EXECUTE ON FUNCTION recall_vector_candidates(uuid, uuid, int[], int, int) TO memory_app;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP FUNCTION IF EXISTS recall_vector_candidates(uuid, uuid, int[], int, int);
                DROP TRIGGER IF EXISTS recall_vectors_queue ON sessions;
                DROP FUNCTION IF EXISTS recall_vectors_queue();
                CREATE OR REPLACE FUNCTION recall_forget_messages() RETURNS trigger LANGUAGE plpgsql AS $f$
                BEGIN
                    DELETE FROM recall_postings WHERE message_id = ANY(ARRAY(SELECT id FROM gone WHERE role = 'user'));
                    RETURN NULL;
                END
                $f$;
                """);
            migrationBuilder.DropTable(
                name: "recall_centroids");

            migrationBuilder.DropTable(
                name: "recall_vector_backlog");

            migrationBuilder.DropTable(
                name: "recall_vectors");
        }
    }
}
