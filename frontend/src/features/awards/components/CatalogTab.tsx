import { useState } from 'react';
import { Button, Card, Flex, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { AwardTypeView, RuleSetSummary } from '../../../api/types';
import { useSession } from '../../../auth/session';
import { ScrollRegion } from '../../../components/ScrollRegion';
import { ErrorState } from '../../../components/ErrorState';
import { formatDate } from '../../../lib/format';
import { useAwardTypes, useRuleSets } from '../hooks';
import { dossierKey, recipientKey } from '../labels';
import { RuleSetEditor } from './RuleSetEditor';

/** Danh mục: every title and form of commendation with the rule in force today, and the rule sets with their dates. */
export function CatalogTab() {
  const { t } = useTranslation();
  const types = useAwardTypes();
  const ruleSets = useRuleSets();
  const { permissions } = useSession();
  const [editing, setEditing] = useState<{ id?: string } | null>(null);
  if (types.isError)
    return <ErrorState title={t('awards.loadError')} error={types.error} onRetry={() => void types.refetch()} />;
  return (
    <Flex vertical gap={16}>
      <ScrollRegion label={t('awards.tabs.catalog')}>
        <Table<AwardTypeView>
          rowKey="code"
          size="small"
          loading={types.isPending}
          dataSource={types.data ?? []}
          pagination={false}
          style={{ minWidth: 900 }}
          data-testid="catalog-table"
          columns={[
            {
              title: t('awards.catalog.award'),
              render: (_, a) => (
                <div>
                  <strong>{a.name}</strong>
                  <div>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {(a.recipientKinds ?? []).map((k) => t(recipientKey(k))).join(', ')} · {a.rule?.authority}
                    </Typography.Text>
                  </div>
                </div>
              ),
            },
            {
              title: t('awards.catalog.vote'),
              render: (_, a) =>
                a.rule?.councilVote ? (
                  <Tag color="purple">
                    {t(
                      a.rule.denominator === 'VOTES_CAST'
                        ? 'awards.catalog.thresholdCast'
                        : 'awards.catalog.thresholdAll',
                      { value: a.rule.threshold },
                    )}
                  </Tag>
                ) : (
                  '—'
                ),
            },
            {
              title: t('awards.catalog.prerequisites'),
              render: (_, a) => (a.rule?.prerequisites ?? []).length || '—',
              width: 110,
            },
            {
              title: t('awards.catalog.documents'),
              render: (_, a) => (a.rule?.requiredDocuments ?? []).map((d) => t(dossierKey(d))).join(', '),
            },
            {
              title: t('awards.catalog.cash'),
              render: (_, a) =>
                Object.entries(a.rule?.cash ?? {})
                  .map(([k, v]) => `${t(recipientKey(k as 'COLLECTIVE'))}: ${String(v).replace('.', ',')}`)
                  .join('; ') || '—',
            },
            {
              title: t('awards.catalog.source'),
              render: (_, a) => <Typography.Text type="secondary">{a.rule?.legalSource}</Typography.Text>,
              responsive: ['lg'],
            },
          ]}
        />
      </ScrollRegion>
      <Card
        size="small"
        title={t('awards.catalog.ruleSets')}
        extra={
          permissions.manageUnits && (
            <Button icon={<PlusOutlined />} onClick={() => setEditing({})} data-testid="rule-set-new">
              {t('awards.ruleSets.new')}
            </Button>
          )
        }
      >
        <Table<RuleSetSummary>
          onRow={(r) => ({ onClick: () => setEditing({ id: r.id }), style: { cursor: 'pointer' } })}
          rowKey="id"
          size="small"
          pagination={false}
          scroll={{ x: true }}
          loading={ruleSets.isPending}
          dataSource={ruleSets.data ?? []}
          columns={[
            {
              title: t('awards.catalog.ruleSet'),
              render: (_, r) => (
                <div>
                  {r.name}
                  <div>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {r.legalSource}
                    </Typography.Text>
                  </div>
                </div>
              ),
            },
            {
              title: t('awards.catalog.scope'),
              render: (_, r) => (r.scope === 'NATIONAL' ? t('awards.catalog.national') : r.organizingUnitName),
            },
            {
              title: t('awards.catalog.effective'),
              render: (_, r) => `${formatDate(r.effectiveFrom)} – ${r.effectiveTo ? formatDate(r.effectiveTo) : '…'}`,
            },
            { title: '', render: (_, r) => r.inForce && <Tag color="success">{t('awards.catalog.inForce')}</Tag> },
          ]}
        />
      </Card>
      <RuleSetEditor open={!!editing} ruleSetId={editing?.id} onClose={() => setEditing(null)} />
    </Flex>
  );
}
