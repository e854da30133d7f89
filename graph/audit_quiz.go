package graph

// redactQuizzes replaces, at any depth of a mutation's input, every list of quiz questions with
// their shape (how many questions, each one's number of choices and whether it is multiple choice):
// the audit shows that a quiz was written and how, never its answer key, which only grading reads
// (docs/onboarding-and-training.md). Prompts and choices are left out with the key, since a
// question's text next to its right choice index would be the key again.
func redactQuizzes(v any) any {
	switch v := v.(type) {
	case map[string]any:
		out := make(map[string]any, len(v))
		for k, inner := range v {
			if k == "questions" && holdsAnswers(inner) {
				out[k] = questionShapes(inner.([]any))
				continue
			}
			out[k] = redactQuizzes(inner)
		}
		return out
	case []any:
		out := make([]any, len(v))
		for i, inner := range v {
			out[i] = redactQuizzes(inner)
		}
		return out
	}
	return v
}

// holdsAnswers reports whether v is a list of questions of which any carries right answers.
func holdsAnswers(v any) bool {
	list, ok := v.([]any)
	if !ok {
		return false
	}
	for _, q := range list {
		if m, ok := q.(map[string]any); ok {
			if _, ok := m["correct"]; ok {
				return true
			}
		}
	}
	return false
}

func questionShapes(list []any) map[string]any {
	choices := make([]any, len(list))
	multiple := 0
	for i, q := range list {
		m, _ := q.(map[string]any)
		c, _ := m["choices"].([]any)
		choices[i] = len(c)
		if b, _ := m["multiple"].(bool); b {
			multiple++
		}
	}
	return map[string]any{"count": len(list), "choices": choices, "multipleChoice": multiple, "answerKey": "[redacted]"}
}
