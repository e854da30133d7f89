-- Similar company names are found with trigram similarity (deal registration conflict check).
CREATE EXTENSION IF NOT EXISTS pg_trgm;
