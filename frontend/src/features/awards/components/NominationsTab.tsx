import { useState } from 'react';
import { Button, Flex, Grid, List, Table, Tag, Typography } from 'antd';
import { CheckCircleFilled, CloseCircleFilled, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { NominationStatus, NominationSummary } from '../../../api/types';
import { useCurrentUser } from '../../../auth/currentUser';
import { useSession } from '../../../auth/session';
import { ErrorState } from '../../../components/ErrorState';
import { useNominations } from '../hooks';
import { NOMINATION_STATUSES, originKey, STATUS_COLORS, statusKey } from '../labels';
import { ChoiceFilter, SearchFilter, YearFilter } from '../../../components/ListFilters';
import { PAGE_SIZE, useUrlFilters } from '../urlFilters';
import { NominationFormModal } from './NominationFormModal';

/** Nominations in the user's reach, filtered by year, status, origin and name; new ones from here. */
export function NominationsTab() {
  const { t } = useTranslation();
  const compact = !Grid.useBreakpoint().md;
  const { permissions } = useSession();
  const me = useCurrentUser();
  const { params, page, set, number, pagination } = useUrlFilters();
  const [creating, setCreating] = useState(false);
  const status = (params.get('status') as NominationStatus | null) ?? undefined;
  const year = number('year');
  const origin = params.get('origin') ?? undefined;
  const q = params.get('q') ?? '';
  const list = useNominations({ status, year, origin, q, page, size: PAGE_SIZE });
  const eligible = (n: NominationSummary) =>
    n.eligible == null ? null : n.eligible ? (
      <CheckCircleFilled style={{ color: '#389e0d' }} aria-label={t('awards.eligibility.eligible')} />
    ) : (
      <CloseCircleFilled style={{ color: '#cf1322' }} aria-label={t('awards.eligibility.notEligible')} />
    );
  const items = list.data?.items ?? [];

  return (
    <Flex vertical gap={12}>
      <Flex gap={8} wrap>
        <SearchFilter
          value={q}
          placeholder={t('awards.list.search')}
          onSearch={(v) => set('q', v)}
          testId="nominations-search"
        />
        <YearFilter value={year} placeholder={t('awards.list.year')} onChange={(v) => set('year', v)} />
        <ChoiceFilter
          value={status}
          placeholder={t('awards.list.status')}
          onChange={(v) => set('status', v)}
          options={NOMINATION_STATUSES.map((s) => ({ value: s, label: t(statusKey(s)) }))}
          width={200}
          testId="nominations-status"
        />
        <ChoiceFilter
          value={origin}
          placeholder={t('awards.list.origin')}
          onChange={(v) => set('origin', v)}
          options={['UNIT', 'BLOC', 'CAMPAIGN', 'AD_HOC'].map((o) => ({ value: o, label: t(originKey(o)) }))}
          width={170}
          testId="nominations-origin"
        />
        {(permissions.actForUnit || permissions.manageUnits) && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="nomination-new">
            {t('awards.list.new')}
          </Button>
        )}
      </Flex>
      {list.isError ? (
        <ErrorState title={t('awards.loadError')} error={list.error} onRetry={() => void list.refetch()} />
      ) : compact ? (
        <List
          loading={list.isPending}
          dataSource={items}
          pagination={pagination(list.data?.total)}
          renderItem={(n) => (
            <List.Item>
              <List.Item.Meta
                title={<Link to={`/awards/nominations/${n.id}`}>{n.nomineeName}</Link>}
                description={
                  <Flex vertical gap={4}>
                    <span>{(n.awardTypeName ?? n.requestedAward ?? '—') + ` · ${n.year}`}</span>
                    <Flex gap={6} align="center">
                      <Tag color={STATUS_COLORS[n.status ?? 'DRAFT']}>{t(statusKey(n.status))}</Tag>
                      {n.onHold && <Tag color="red">{t('awards.onHold')}</Tag>}
                      {eligible(n)}
                    </Flex>
                  </Flex>
                }
              />
            </List.Item>
          )}
        />
      ) : (
        <Table<NominationSummary>
          rowKey="id"
          size="middle"
          loading={list.isPending}
          dataSource={items}
          data-testid="nominations-table"
          pagination={pagination(list.data?.total)}
          columns={[
            {
              title: t('awards.list.nominee'),
              render: (_, n) => (
                <div>
                  <Link to={`/awards/nominations/${n.id}`}>{n.nomineeName}</Link>
                  <div>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {n.nomineeKind === 'COLLECTIVE'
                        ? n.proposerUnitName
                        : `${n.nomineePosition ?? ''} ${n.nomineeUnitName ?? ''}`}
                    </Typography.Text>
                  </div>
                </div>
              ),
            },
            {
              title: t('awards.list.award'),
              render: (_, n) =>
                n.awardTypeName ?? <Typography.Text type="warning">{n.requestedAward ?? '—'}</Typography.Text>,
            },
            { title: t('awards.list.year'), dataIndex: 'year', width: 80 },
            {
              title: t('awards.list.origin'),
              render: (_, n) => t(originKey(n.originKind)) + (n.originTitle ? ` · ${n.originTitle}` : ''),
              responsive: ['lg'],
            },
            {
              title: t('awards.list.status'),
              render: (_, n) => (
                <Flex gap={4} wrap>
                  <Tag color={STATUS_COLORS[n.status ?? 'DRAFT']}>{t(statusKey(n.status))}</Tag>
                  {n.onHold && <Tag color="red">{t('awards.onHold')}</Tag>}
                </Flex>
              ),
            },
            { title: t('awards.list.eligible'), width: 90, align: 'center', render: (_, n) => eligible(n) },
          ]}
        />
      )}
      <NominationFormModal open={creating} onClose={() => setCreating(false)} defaultUnitId={me.data?.unitId} />
    </Flex>
  );
}
