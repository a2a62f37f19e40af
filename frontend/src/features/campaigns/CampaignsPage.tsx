import { useState } from 'react';
import { Card, Empty, Flex, Grid, Input, List, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { CampaignView, UnitCampaign } from '../../api/types';
import { useSession } from '../../auth/session';
import { ErrorState } from '../../components/ErrorState';
import { LinkCard } from '../../components/LinkCard';
import { formatDate } from '../../lib/format';
import { useCampaigns, useMyCampaigns } from './hooks';
import { STATUS_COLORS, kindKey, obligationKey, registrationKey, REGISTRATION_COLORS, statusKey } from './labels';
import { CampaignFormModal } from './components/CampaignFormModal';
import { PageHeader } from '../../components/PageHeader';

const PAGE_SIZE = 20;

/** Officers see the campaigns they organize; units see the campaigns launched to them and what they still owe. */
export function CampaignsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const compact = !Grid.useBreakpoint().md;
  const { permissions } = useSession();
  const isUnit = permissions.actForUnit;
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const page = Math.max(0, Number(params.get('page') ?? 0) || 0);
  const list = useCampaigns({ q, page, size: PAGE_SIZE }, permissions.manageUnits);
  const mine = useMyCampaigns(isUnit);
  const [creating, setCreating] = useState(false);
  const items = list.data?.items ?? [];
  const empty = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('campaigns.listEmpty')} />;

  return (
    <Flex vertical gap={16} data-testid="campaigns-page">
      <PageHeader
        title={t('campaigns.title')}
        subtitle={t('campaigns.subtitle')}
        add={
          permissions.manageUnits
            ? { label: t('campaigns.add'), onClick: () => setCreating(true), testId: 'campaign-add' }
            : undefined
        }
      />

      {isUnit && (
        <Card title={t('campaigns.mine.title')} size="small" data-testid="my-campaigns">
          {mine.isError ? (
            <ErrorState
              compact
              title={t('campaigns.loadError')}
              error={mine.error}
              onRetry={() => void mine.refetch()}
            />
          ) : (
            <List<UnitCampaign>
              loading={mine.isPending}
              dataSource={mine.data ?? []}
              locale={{ emptyText: t('campaigns.mine.empty') }}
              renderItem={(c) => (
                <List.Item data-testid="my-campaign">
                  <Flex vertical gap={4} style={{ width: '100%' }}>
                    <Link to={`/campaigns/${c.campaignId}`}>{c.title}</Link>
                    <Flex gap={6} wrap>
                      <Tag color={STATUS_COLORS[c.status ?? 'LAUNCHED']}>{t(statusKey(c.status))}</Tag>
                      <Tag color={REGISTRATION_COLORS[c.registration ?? 'NONE']}>
                        {t(registrationKey(c.registration))}
                      </Tag>
                      <Typography.Text type="secondary">
                        {t('campaigns.mine.deadline', { date: formatDate(c.registrationDeadline) })} ·{' '}
                        {c.organizingUnitName}
                      </Typography.Text>
                    </Flex>
                    {(c.owed ?? []).map((o) => (
                      <Typography.Text
                        key={`${o.kind}-${o.period ?? ''}`}
                        type={o.overdue ? 'danger' : undefined}
                        style={{ fontSize: 13 }}
                      >
                        • {t(obligationKey(o.kind))}: {o.label} –{' '}
                        {o.overdue
                          ? t('campaigns.mine.overdue', { date: formatDate(o.dueOn) })
                          : t('campaigns.mine.due', { date: formatDate(o.dueOn) })}
                      </Typography.Text>
                    ))}
                  </Flex>
                </List.Item>
              )}
            />
          )}
        </Card>
      )}

      {permissions.manageUnits && (
        <>
          <Input.Search
            allowClear
            defaultValue={q}
            placeholder={t('campaigns.searchPlaceholder')}
            aria-label={t('campaigns.searchPlaceholder')}
            onSearch={(value) => setParams(value.trim() ? { q: value.trim() } : {}, { replace: true })}
            style={{ maxWidth: 480 }}
          />
          {list.isError && !list.data ? (
            <ErrorState
              compact
              title={t('campaigns.loadError')}
              error={list.error}
              onRetry={() => void list.refetch()}
            />
          ) : compact ? (
            <Flex vertical gap={8}>
              {items.length === 0 && !list.isFetching
                ? empty
                : items.map((c) => (
                    <LinkCard key={c.id} to={`/campaigns/${c.id}`} title={c.title} testId="campaign-row">
                      <Flex gap={6} wrap>
                        <Tag color={STATUS_COLORS[c.status ?? 'DRAFT']}>{t(statusKey(c.status))}</Tag>
                        <Tag>{c.launchDocument?.number}</Tag>
                      </Flex>
                      <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                        {formatDate(c.startsOn)} – {formatDate(c.endsOn)}
                      </Typography.Text>
                    </LinkCard>
                  ))}
            </Flex>
          ) : (
            <Table<CampaignView>
              rowKey={(c) => c.id ?? ''}
              dataSource={items}
              loading={list.isFetching}
              locale={{ emptyText: empty }}
              onRow={() => ({ 'data-testid': 'campaign-row' }) as object}
              pagination={{
                current: page + 1,
                pageSize: PAGE_SIZE,
                total: list.data?.total ?? 0,
                showTotal: (n) => t('campaigns.total', { count: n }),
                onChange: (p) => setParams({ ...(q ? { q } : {}), page: String(p - 1) }, { replace: true }),
              }}
              columns={[
                {
                  title: t('campaigns.columns.title'),
                  render: (_, c) => <Link to={`/campaigns/${c.id}`}>{c.title}</Link>,
                },
                { title: t('campaigns.columns.document'), render: (_, c) => c.launchDocument?.number, width: 170 },
                { title: t('campaigns.columns.kind'), render: (_, c) => t(kindKey(c.kind)), width: 160 },
                {
                  title: t('campaigns.columns.period'),
                  render: (_, c) => `${formatDate(c.startsOn)} – ${formatDate(c.endsOn)}`,
                  width: 200,
                },
                { title: t('campaigns.columns.units'), dataIndex: 'unitsInScope', align: 'right', width: 90 },
                {
                  title: t('campaigns.columns.status'),
                  render: (_, c) => <Tag color={STATUS_COLORS[c.status ?? 'DRAFT']}>{t(statusKey(c.status))}</Tag>,
                  width: 130,
                },
              ]}
            />
          )}
        </>
      )}
      {creating && (
        <CampaignFormModal onClose={() => setCreating(false)} onSaved={(c) => navigate(`/campaigns/${c.id}`)} />
      )}
    </Flex>
  );
}
