package graph

import (
	"github.com/partnerhub/partnerhub/graph/model"
	"github.com/partnerhub/partnerhub/internal/learning"
)

// nonNil answers an empty list rather than null for non-null list fields.
func nonNil[T any](xs []T) []T {
	if xs == nil {
		return []T{}
	}
	return xs
}

func lessonInput(l *model.LessonInput) learning.LessonInput {
	return learning.LessonInput{ID: deref(l.ID), Title: l.Title, Kind: l.Kind, Body: deref(l.Body),
		VideoURL: deref(l.VideoURL), ContentRef: deref(l.ContentRef), Minutes: deref(l.Minutes)}
}

func quizInput(q *model.CreateQuizInput) *learning.QuizInput {
	if q == nil {
		return nil
	}
	out := &learning.QuizInput{Title: q.Title, PassMark: q.PassMark, AttemptsPerDay: q.AttemptsPerDay}
	for _, x := range q.Questions {
		out.Questions = append(out.Questions, learning.QuestionInput{Prompt: x.Prompt, Multiple: x.Multiple, Choices: x.Choices, Correct: x.Correct})
	}
	return out
}
