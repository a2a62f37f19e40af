import { Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BlocHonour, BlocView } from '../../../api/types';
import { ErrorState } from '../../../components/ErrorState';
import { useHonours } from '../hooks';
import { formatDate } from '../../../lib/format';

/** Honours decided on the bloc's proposals (emulation flags, certificates of merit), from award-service. */
export function HonoursTab({ bloc, compact }: { bloc: BlocView; compact: boolean }) {
  const { t } = useTranslation();
  const honours = useHonours(bloc.id);
  if (honours.isError) {
    return (
      <ErrorState compact title={t('blocs.loadError')} error={honours.error} onRetry={() => void honours.refetch()} />
    );
  }
  return (
    <Table<BlocHonour>
      data-testid="honours-tab"
      rowKey={(h) => h.honourId ?? ''}
      dataSource={honours.data ?? []}
      loading={honours.isFetching}
      pagination={false}
      scroll={compact ? { x: 560 } : undefined}
      locale={{ emptyText: t('blocs.honours.empty') }}
      columns={[
        { title: t('blocs.honours.columns.year'), dataIndex: 'year', width: 80 },
        {
          title: t('blocs.honours.columns.award'),
          render: (_, h) => (
            <Typography.Text delete={h.revoked}>
              {h.awardTypeName} {h.revoked && <Tag color="red">{t('blocs.honours.revoked')}</Tag>}
            </Typography.Text>
          ),
        },
        { title: t('blocs.honours.columns.recipient'), dataIndex: 'recipientName' },
        {
          title: t('blocs.honours.columns.decision'),
          render: (_, h) => (
            <>
              {t('blocs.honours.decision', { number: h.decisionNumber, date: formatDate(h.decidedOn) })}
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
