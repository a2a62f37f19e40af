import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Covenant } from '../../../api/types';
import { formatNumber } from '../../../lib/format';

/** The covenant's numbered clauses as the leader reads them before signing. */
export function ClauseList({ covenant }: { covenant: Covenant }) {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={10} data-testid="clause-list">
      {(covenant.clauses ?? []).map((c) => (
        <Flex key={c.number} gap={10} align="flex-start" data-testid="clause">
          <Typography.Text strong style={{ minWidth: 28 }}>
            {c.number}.
          </Typography.Text>
          <Flex vertical gap={2} style={{ minWidth: 0 }}>
            <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{c.content}</Typography.Text>
            {(c.criteria || c.maxPoints != null) && (
              <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                {[
                  c.criteria,
                  c.maxPoints != null ? t('blocs.covenant.maxPoints', { points: formatNumber(c.maxPoints) }) : null,
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </Typography.Text>
            )}
          </Flex>
        </Flex>
      ))}
    </Flex>
  );
}
