import { useState } from 'react';
import { App, Flex, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { VotingElector, VotingQuestion } from '../../../api/types';
import { describeError } from '../../../api/errors';
import { castWrittenBallot } from '../api';
import { useVotingAction } from '../hooks';
import { QuestionChoices } from './QuestionChoices';
import { isAnswered, toAnswers } from './answers';

interface Props {
  sessionId: string;
  elector: VotingElector;
  questions: VotingQuestion[];
  onClose: () => void;
}

/** The secretary enters an absent member's sealed written vote; it is marked as written in the minutes. */
export function WrittenBallotModal({ sessionId, elector, questions, onClose }: Props) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const [choices, setChoices] = useState<Record<string, string[]>>({});
  const save = useVotingAction(() => castWrittenBallot(sessionId, elector.id, toAnswers(questions, choices)));
  const complete = questions.every((q) => isAnswered(q, choices[q.id] ?? []));
  return (
    <Modal
      open
      title={t('voting.written.title', { name: elector.name })}
      okText={t('voting.written.save')}
      okButtonProps={{ disabled: !complete, loading: save.isPending, 'data-testid': 'written-save' }}
      onCancel={onClose}
      onOk={() =>
        save.mutate(undefined, {
          onSuccess: (r) => {
            onClose();
            modal.success({ title: t('voting.written.saved'), content: r.message });
          },
          onError: (e) => message.error(describeError(e, t)),
        })
      }
      width={640}
      data-testid="written-ballot"
    >
      <Flex vertical gap={16}>
        <Typography.Text type="secondary">{t('voting.written.help')}</Typography.Text>
        {questions.map((q, i) => (
          <Flex key={q.id} vertical gap={6}>
            <Typography.Text strong>
              {i + 1}. {q.title}
            </Typography.Text>
            <QuestionChoices
              question={q}
              value={choices[q.id] ?? []}
              onChange={(keys) => setChoices({ ...choices, [q.id]: keys })}
            />
          </Flex>
        ))}
      </Flex>
    </Modal>
  );
}
