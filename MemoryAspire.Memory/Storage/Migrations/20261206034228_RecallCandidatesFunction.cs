using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MemoryAspire.Memory.Storage.Migrations
{
    /// <inheritdoc />
    public partial class RecallCandidatesFunction : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterTable(
                name: "recall_terms")
                .Annotation("Npgsql:StorageParameter:fillfactor", 70);

            migrationBuilder.AlterTable(
                name: "recall_statistics")
                .Annotation("Npgsql:StorageParameter:fillfactor", 50);

            // The chat path's recall in one call: for a user whose only session is the current one it returns at once, before
            // any of the ranking runs (most turns of most users); otherwise the ranking of RecallIndex's statements, with the
            // user's statistics for the message's terms on every row. A function, so that its plans are kept per connection.
            migrationBuilder.Sql("""
                CREATE FUNCTION recall_candidates(p_user uuid, p_session uuid, p_terms bigint[], p_max_terms int, p_per_term int, p_candidates int,
                    p_seeds int, p_expansions int, p_expansion_weight float8, p_max_expansion_share float8)
                RETURNS TABLE (id uuid, session_id uuid, sequence bigint, role text, content text, created_at timestamptz, score float8,
                    following_sequences bigint[], following_roles text[], following_contents text[], expansion_terms bigint[], expansion_documents int[],
                    known_terms bigint[], known_documents int[], documents bigint, terms bigint)
                LANGUAGE plpgsql STABLE AS $f$
                #variable_conflict use_column
                BEGIN
                    IF NOT EXISTS (SELECT 1 FROM sessions x WHERE x.user_id = p_user AND x.id <> p_session) THEN
                        RETURN;
                    END IF;
                    RETURN QUERY
                    WITH k AS (
                        SELECT t.term, r.documents AS df, s.documents AS n, s.terms AS total
                        FROM recall_statistics s
                        CROSS JOIN (SELECT DISTINCT u.term FROM unnest(p_terms) AS u(term)) t
                        JOIN recall_terms r ON r.user_id = p_user AND r.term = t.term
                        WHERE s.user_id = p_user),
                    q AS (
                        SELECT k.term, k.df, k.n FROM k ORDER BY k.df, k.term LIMIT p_max_terms),
                    p AS (
                        SELECT e.message_id, sum(ln(1 + (q.n - q.df + 0.5) / (q.df + 0.5)) * e.weight) AS score
                        FROM q CROSS JOIN LATERAL (
                            SELECT rp.message_id, rp.weight FROM recall_postings rp
                            WHERE rp.user_id = p_user AND rp.term = q.term
                            ORDER BY rp.weight DESC, rp.message_id DESC
                            LIMIT p_per_term) e
                        GROUP BY e.message_id
                        ORDER BY score DESC, e.message_id DESC
                        LIMIT p_candidates * 2),
                    x AS (
                        SELECT r.term, r.documents AS df, (SELECT q.n FROM q LIMIT 1) AS n
                        FROM (SELECT p.message_id FROM p ORDER BY p.score DESC, p.message_id DESC LIMIT p_seeds) seed
                        CROSS JOIN LATERAL (SELECT sp.term FROM recall_postings sp WHERE sp.message_id = seed.message_id) sp
                        CROSS JOIN LATERAL (SELECT r.term, r.documents FROM recall_terms r WHERE r.user_id = p_user AND r.term = sp.term) r
                        WHERE sp.term <> ALL(p_terms) AND r.documents BETWEEN 2 AND greatest(2, (SELECT q.n FROM q LIMIT 1) * p_max_expansion_share)
                        GROUP BY r.term, r.documents
                        ORDER BY r.documents, r.term
                        LIMIT p_expansions),
                    px AS (
                        SELECT e.message_id, sum(p_expansion_weight * ln(1 + (x.n - x.df + 0.5) / (x.df + 0.5)) * e.weight) AS score
                        FROM x CROSS JOIN LATERAL (
                            SELECT rp.message_id, rp.weight FROM recall_postings rp
                            WHERE rp.user_id = p_user AND rp.term = x.term
                            ORDER BY rp.weight DESC, rp.message_id DESC
                            LIMIT p_per_term) e
                        GROUP BY e.message_id),
                    a AS (
                        SELECT u.message_id, sum(u.score) AS score FROM (SELECT * FROM p UNION ALL SELECT * FROM px) u GROUP BY u.message_id),
                    c AS (
                        SELECT m.id, m.session_id, m.sequence, m.role, m.content, m.created_at, a.score
                        FROM messages m JOIN a ON a.message_id = m.id
                        WHERE m.id = ANY(ARRAY(SELECT a.message_id FROM a)) AND m.session_id <> p_session
                        ORDER BY a.score DESC, m.id DESC
                        LIMIT p_candidates)
                    SELECT c.id, c.session_id, c.sequence, c.role::text, c.content, c.created_at, c.score::float8, f.sequences, f.roles, f.contents,
                           (SELECT array_agg(x.term) FROM x), (SELECT array_agg(x.df) FROM x),
                           (SELECT array_agg(k.term) FROM k), (SELECT array_agg(k.df) FROM k), (SELECT max(k.n) FROM k), (SELECT max(k.total) FROM k)
                    FROM c LEFT JOIN LATERAL (
                        SELECT array_agg(n.sequence ORDER BY n.sequence) AS sequences, array_agg(n.role::text ORDER BY n.sequence) AS roles,
                               array_agg(n.content ORDER BY n.sequence) AS contents
                        FROM messages n
                        WHERE strpos(c.content, '?') > 0 AND n.session_id = c.session_id AND n.sequence BETWEEN c.sequence + 1 AND c.sequence + 2) f ON true
                    ORDER BY c.score DESC, c.id DESC;
                END
                $f$;
                GRANT EXECUTE ON FUNCTION recall_candidates(uuid, uuid, bigint[], int, int, int, int, int, float8, float8) TO memory_app;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP FUNCTION IF EXISTS recall_candidates(uuid, uuid, bigint[], int, int, int, int, int, float8, float8);");

            migrationBuilder.AlterTable(
                name: "recall_terms")
                .OldAnnotation("Npgsql:StorageParameter:fillfactor", 70);

            migrationBuilder.AlterTable(
                name: "recall_statistics")
                .OldAnnotation("Npgsql:StorageParameter:fillfactor", 50);
        }
    }
}
