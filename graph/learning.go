package graph

// nonNil answers an empty list rather than null for non-null list fields.
func nonNil[T any](xs []T) []T {
	if xs == nil {
		return []T{}
	}
	return xs
}
