package schema

import "regexp"

// slugPattern keeps slugs usable in URLs without escaping.
var slugPattern = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)
