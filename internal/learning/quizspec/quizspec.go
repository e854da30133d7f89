// Package quizspec holds a quiz's questions as stored (JSON on the quiz). Correct answers live in a
// separate answer key that the API never serializes; Question carries none of them.
package quizspec

// Choice is one possible answer.
type Choice struct {
	ID   string `json:"id"`
	Text string `json:"text"`
}

// Question is one question as a learner sees it.
type Question struct {
	ID     string `json:"id"`
	Prompt string `json:"prompt"`
	// Multiple: more than one choice may be right, and all right ones (and no other) must be picked.
	Multiple bool     `json:"multiple"`
	Choices  []Choice `json:"choices"`
}

// AnswerKey maps a question ID to the IDs of its correct choices.
type AnswerKey map[string][]string
