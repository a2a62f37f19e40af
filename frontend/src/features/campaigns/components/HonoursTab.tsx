import { Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CampaignHonour, CampaignView } from '../../../api/types';
import { ErrorState } from '../../../components/ErrorState';
import { formatDate } from '../../../lib/format';
import { useHonours } from '../hooks';

/** Honours decided on the final review's proposals, as award-service reported them. */
export function HonoursTab({ campaign, compact }: { campaign: CampaignView; compact: boolean }) {
  const { t } = useTranslation();
  const honours = useHonours(campaign.id);
  if (honours.isError)
    return (
      <ErrorState
        compact
        title={t('campaigns.loadError')}
        error={honours.error}
        onRetry={() => void honours.refetch()}
      />
    );
  return (
    <Table<CampaignHonour>
      data-testid="campaign-honours"
      rowKey={(h) => h.honourId ?? ''}
      dataSource={honours.data ?? []}
      loading={honours.isFetching}
      pagination={false}
      scroll={compact ? { x: 560 } : undefined}
      locale={{ emptyText: t('campaigns.honours.empty') }}
      columns={[
        {
          title: t('campaigns.honours.award'),
          render: (_, h) => (
            <Typography.Text delete={h.revoked}>
              {h.awardTypeName} {h.revoked && <Tag color="red">{t('campaigns.honours.revoked')}</Tag>}
            </Typography.Text>
          ),
        },
        { title: t('campaigns.honours.recipient'), dataIndex: 'recipientName' },
        {
          title: t('campaigns.honours.decision'),
          render: (_, h) => (
            <>
              {t('campaigns.honours.decisionLine', { number: h.decisionNumber, date: formatDate(h.decidedOn) })}
              {h.revokedReason && (
                <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
                  {h.revokedReason}
                </Typography.Text>
              )}
            </>
          ),
        },
      ]}
    />
  );
}
