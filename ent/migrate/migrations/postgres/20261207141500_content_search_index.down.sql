-- reverse: hand-written full-text index of the content library
DROP INDEX "manual_content_search";
