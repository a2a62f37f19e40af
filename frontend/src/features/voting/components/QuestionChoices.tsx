import { Checkbox, Flex, Radio, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { VotingQuestion } from '../../../api/types';
import { APPROVAL_KEYS } from '../labels';

interface Props {
  question: VotingQuestion;
  value: string[];
  onChange: (keys: string[]) => void;
}

/** The choices of one question, large enough to tap: one answer, one candidate, or up to N options. */
export function QuestionChoices({ question: q, value, onChange }: Props) {
  const { t } = useTranslation();
  const big = { padding: '10px 12px', border: '1px solid #f0f0f0', borderRadius: 8, width: '100%', marginInlineEnd: 0 };
  if (q.kind === 'CHOOSE_UP_TO') {
    const full = value.length >= (q.maxChoices ?? 1);
    return (
      <Flex vertical gap={8} data-testid="question-choices">
        <Typography.Text type="secondary">
          {t('voting.ballot.chooseUpTo', { max: q.maxChoices, chosen: value.length })}
        </Typography.Text>
        {(q.options ?? []).map((o) => (
          <Checkbox
            key={o.key}
            checked={value.includes(o.key)}
            disabled={full && !value.includes(o.key)}
            onChange={(e) => onChange(e.target.checked ? [...value, o.key] : value.filter((k) => k !== o.key))}
            style={big}
            data-testid={`choice-${o.label}`}
          >
            <OptionLabel label={o.label} detail={o.detail} />
          </Checkbox>
        ))}
      </Flex>
    );
  }
  const options =
    q.kind === 'APPROVAL'
      ? APPROVAL_KEYS.map((k) => ({
          key: k,
          label: t(`voting.approval.${k}`),
          detail: undefined as string | undefined,
        }))
      : (q.options ?? []).map((o) => ({ key: o.key, label: o.label ?? '', detail: o.detail }));
  return (
    <Radio.Group value={value[0]} onChange={(e) => onChange([e.target.value as string])} style={{ width: '100%' }}>
      <Flex vertical gap={8} data-testid="question-choices">
        {options.map((o) => (
          <Radio key={o.key} value={o.key} style={big} data-testid={`choice-${o.label}`}>
            <OptionLabel label={o.label} detail={o.detail} />
          </Radio>
        ))}
      </Flex>
    </Radio.Group>
  );
}

function OptionLabel({ label, detail }: { label?: string; detail?: string }) {
  return (
    <Flex vertical>
      <Typography.Text strong style={{ fontSize: 16 }}>
        {label}
      </Typography.Text>
      {detail && <Typography.Text type="secondary">{detail}</Typography.Text>}
    </Flex>
  );
}
