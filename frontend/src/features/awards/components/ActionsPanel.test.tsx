import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import type { NominationView } from '../../../api/types';
import { renderWithProviders } from '../../../test/utils';
import { ActionsPanel } from './ActionsPanel';

const draft = (documents: NominationView['documents']): NominationView =>
  ({
    id: 'n1',
    version: 3,
    status: 'DRAFT',
    requiredDocuments: ['SUBMISSION_MEMO', 'ACHIEVEMENT_REPORT'],
    documents,
    actions: { submit: true, withdraw: false, appraise: false, recordVote: false, edit: true },
  }) as unknown as NominationView;

describe('ActionsPanel', () => {
  it('cannot submit an incomplete dossier, and says what is missing', () => {
    renderWithProviders(<ActionsPanel nomination={draft([{ id: 'd1', kind: 'SUBMISSION_MEMO' }] as never)} />);
    expect(screen.getByTestId('nomination-submit')).toBeDisabled();
    expect(screen.getByTestId('nomination-submit-missing')).toHaveTextContent(
      'Cần đính kèm đủ hồ sơ trước khi gửi: còn thiếu Báo cáo thành tích.',
    );
  });

  it('submits once every required document is attached', () => {
    renderWithProviders(
      <ActionsPanel
        nomination={draft([
          { id: 'd1', kind: 'SUBMISSION_MEMO' },
          { id: 'd2', kind: 'ACHIEVEMENT_REPORT' },
        ] as never)}
      />,
    );
    expect(screen.getByTestId('nomination-submit')).toBeEnabled();
    expect(screen.queryByTestId('nomination-submit-missing')).toBeNull();
  });
});
