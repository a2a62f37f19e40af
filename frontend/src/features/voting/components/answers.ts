import type { TFunction } from 'i18next';
import type { VotingQuestion } from '../../../api/types';

/** The chosen answers of a question in words, for the review step and the published ballots. */
export function answerLabels(q: VotingQuestion, keys: string[], t: TFunction): string {
  if (q.kind === 'APPROVAL') return keys.map((k) => t(`voting.approval.${k}` as 'voting.approval.AGREE')).join(', ');
  return keys.map((k) => q.options?.find((o) => o.key === k)?.label ?? k).join(', ');
}
