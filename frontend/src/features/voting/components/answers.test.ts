import { describe, expect, it } from 'vitest';
import type { VotingQuestion } from '../../../api/types';
import { isAnswered, toAnswers } from './answers';

const approval = { id: 'q1', kind: 'APPROVAL' } as VotingQuestion;
const merit = { id: 'q2', kind: 'CHOOSE_UP_TO', maxChoices: 3 } as VotingQuestion;

describe('ballot answers', () => {
  it('needs one answer to an approval, and takes none to three of a choose-up-to question', () => {
    expect(isAnswered(approval, [])).toBe(false);
    expect(isAnswered(approval, ['AGREE'])).toBe(true);
    expect(isAnswered(merit, [])).toBe(true);
  });

  it('answers every question of the round in its order, unanswered ones empty', () => {
    expect(toAnswers([approval, merit], { q1: ['AGREE'] })).toEqual([
      { questionId: 'q1', choices: ['AGREE'] },
      { questionId: 'q2', choices: [] },
    ]);
  });
});
