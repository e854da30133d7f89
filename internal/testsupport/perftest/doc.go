// Package perftest holds the API's performance guard tests: the number of SQL statements a list
// request issues must not grow with its page size (no N+1 behind nested edges), and, on
// PostgreSQL, every list and filter query the API issues must be answerable without a sequential
// scan of a large table. The package has no code of its own beyond its tests' helpers.
package perftest
