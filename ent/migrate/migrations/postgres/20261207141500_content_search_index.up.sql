-- hand-written: PostgreSQL full-text search over the content library (internal/content.Matching),
-- an expression index ent cannot express; gen.go keeps indexes named manual_* out of its diffs.
CREATE INDEX "manual_content_search" ON "contents" USING GIN (to_tsvector('english', "title" || ' ' || "summary" || ' ' || "tags"::text));
