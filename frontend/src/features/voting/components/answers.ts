import type { TFunction } from 'i18next';
import type { BallotAnswer, VotingQuestion } from '../../../api/types';

/** The chosen answers of a question in words, for the review step and the published ballots. */
export function answerLabels(q: VotingQuestion, keys: string[], t: TFunction): string {
  if (q.kind === 'APPROVAL') return keys.map((k) => t(`voting.approval.${k}` as 'voting.approval.AGREE')).join(', ');
  return keys.map((k) => q.options?.find((o) => o.key === k)?.label ?? k).join(', ');
}

/** Whether a question has a valid answer: one for an approval or an election; none up to N otherwise. */
export function isAnswered(q: VotingQuestion, keys: string[]): boolean {
  return q.kind === 'CHOOSE_UP_TO' || keys.length === 1;
}

/** The ballot's answers, one per question of the round, in the question's order. */
export function toAnswers(questions: VotingQuestion[], choices: Record<string, string[]>): BallotAnswer[] {
  return questions.map((q) => ({ questionId: q.id, choices: choices[q.id] ?? [] }));
}
