import { describe, expect, it } from 'vitest';
import { emptyQuestion, quizErrors, type QuizForm } from './QuizBuilder';

const quiz = (patch: Partial<QuizForm> = {}): QuizForm => ({
  title: 'Check',
  passMark: '80',
  attemptsPerDay: '3',
  questions: [{ prompt: 'Who registers deals?', multiple: false, choices: ['Partners', 'Customers'], correct: [0] }],
  ...patch,
});

describe('quizErrors', () => {
  it('accepts a complete quiz', () => {
    expect(quizErrors(quiz())).toEqual({});
  });

  it('asks for the right choice, one for single choice and at least one for multiple', () => {
    expect(quizErrors(quiz({ questions: [{ ...emptyQuestion(), prompt: 'P', choices: ['a', 'b'] }] })).q0).toBe('Mark the one right choice.');
    expect(quizErrors(quiz({ questions: [{ prompt: 'P', multiple: false, choices: ['a', 'b'], correct: [0, 1] }] })).q0).toBe('Mark the one right choice.');
    expect(quizErrors(quiz({ questions: [{ prompt: 'P', multiple: true, choices: ['a', 'b'], correct: [] }] })).q0).toBe('Mark at least one right choice.');
    expect(quizErrors(quiz({ questions: [{ prompt: 'P', multiple: true, choices: ['a', 'b', 'c'], correct: [0, 2] }] }))).toEqual({});
  });

  it('refuses blank choices, a pass mark outside 1–100 and too many attempts', () => {
    expect(quizErrors(quiz({ questions: [{ prompt: 'P', multiple: false, choices: ['a', ' '], correct: [0] }] })).q0).toMatch(/two filled-in choices/);
    expect(quizErrors(quiz({ passMark: '0' })).passMark).toBeDefined();
    expect(quizErrors(quiz({ passMark: '101' })).passMark).toBeDefined();
    expect(quizErrors(quiz({ attemptsPerDay: '21' })).attemptsPerDay).toBeDefined();
    expect(quizErrors(quiz({ questions: [] })).questions).toBeDefined();
  });
});
