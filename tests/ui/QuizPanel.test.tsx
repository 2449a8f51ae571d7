// @vitest-environment jsdom
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { english } from '../../scripts/i18n/english.ts';
import type { ChoiceQuestion } from '../../src/domain/quiz.ts';
import { resetQuizStore, useQuizStore } from '../../src/state/quizStore.ts';
import { resetViewStore } from '../../src/state/viewStore.ts';
import { QuizPanel } from '../../src/ui/QuizPanel.tsx';
import { areaNameIn, loadAllMuscleWords } from '../helpers/english.ts';

beforeAll(loadAllMuscleWords);
const name = (id: string) => english.fmt(english.atlas.muscles[id]!);

/** Starts a round of one kind and moves to its first question of that kind. */
function startRound(kind: 'pattern' | 'point' | 'refers') {
  act(() => {
    useQuizStore.getState().chooseKinds([kind]);
    useQuizStore.getState().chooseArea('head-neck');
    useQuizStore.getState().start(11);
  });
  return useQuizStore.getState().round![0]!;
}

describe('the quiz panel', () => {
  beforeEach(() => {
    resetQuizStore();
    resetViewStore();
  });

  it('lets you choose the body area and the kinds, and not start with no kind', async () => {
    render(<QuizPanel />);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Muscles of' }), 'thigh');
    expect(useQuizStore.getState().area).toBe('thigh');
    for (const box of screen.getAllByRole('checkbox')) await userEvent.click(box);
    expect(screen.getByRole('button', { name: 'Start a round' })).toBeDisabled();
    expect(screen.getByText('Choose at least one kind of question.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('checkbox', { name: /An X on the body/ }));
    await userEvent.click(screen.getByRole('button', { name: 'Start a round' }));
    expect(screen.getByText('Question 1 of 10')).toBeInTheDocument();
    expect(useQuizStore.getState().round!.every((q) => q.kind === 'point')).toBe(true);
  });

  it('asks which muscle with four buttons; a right answer says so and gives the reason', async () => {
    const q = startRound('pattern') as ChoiceQuestion;
    render(<QuizPanel />);
    const choices = within(screen.getByRole('group', { name: 'Choices' })).getAllByRole('button');
    expect(choices).toHaveLength(4);
    expect(screen.getByText(/Main pain:/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: name(q.muscleId) }));
    expect(screen.getByRole('status')).toHaveTextContent(`Right: ${name(q.muscleId)}.`);
    expect(screen.getByRole('status')).toHaveTextContent('sends its main pain to your');
    expect(screen.getByText('Streak: 1')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Next question' })).toHaveFocus();
  });

  it('marks a wrong choice and shows the right one', async () => {
    const q = startRound('point') as ChoiceQuestion;
    render(<QuizPanel />);
    const wrong = q.choices.find((c) => c !== q.muscleId)!;
    await userEvent.click(screen.getByRole('button', { name: name(wrong) }));
    expect(screen.getByRole('status')).toHaveTextContent(
      `Not this time: it is ${name(q.muscleId)}.`,
    );
    expect(
      screen.getByRole('button', { name: new RegExp(`${name(q.muscleId)}.*right answer`) }),
    ).toBeInTheDocument();
    // A second click changes nothing: the question is answered.
    await userEvent.click(screen.getByRole('button', { name: new RegExp(name(q.muscleId)) }));
    expect(useQuizStore.getState().answers).toHaveLength(1);
  });

  it('asks where it refers as a list of areas, gives partial credit, and marks each area', async () => {
    const q = startRound('refers');
    if (q.kind !== 'refers') throw new Error('expected a refers question');
    render(<QuizPanel />);
    expect(screen.getByRole('button', { name: 'Check' })).toBeDisabled();
    await userEvent.click(screen.getByRole('checkbox', { name: areaNameIn(q.essential[0]!) }));
    await userEvent.click(screen.getByRole('button', { name: 'Check' }));
    const grade = useQuizStore.getState().answers[0]!.grade;
    expect(grade).toBe(q.essential.length === 1 ? 'right' : 'partly');
    expect(
      screen.getByRole('checkbox', {
        name: new RegExp(`${areaNameIn(q.essential[0]!)}.*main pain, right`),
      }),
    ).toBeDisabled();
  });

  it('ends the round with the score, the longest streak and what was missed', async () => {
    startRound('pattern');
    render(<QuizPanel />);
    for (let i = 0; i < 10; i++) {
      const q = useQuizStore.getState().round![i] as ChoiceQuestion;
      const pick = i < 3 ? q.muscleId : q.choices.find((c) => c !== q.muscleId)!;
      await userEvent.click(screen.getByRole('button', { name: name(pick) }));
      await userEvent.keyboard('{Enter}');
    }
    expect(screen.getByRole('heading', { name: '3 of 10 right' })).toHaveFocus();
    expect(screen.getByText('Longest streak: 3 in a row.')).toBeInTheDocument();
    expect(screen.getAllByText('Missed')).toHaveLength(7);
    await userEvent.click(screen.getByRole('button', { name: 'Another round' }));
    expect(screen.getByText('Question 1 of 10')).toBeInTheDocument();
  });
});
