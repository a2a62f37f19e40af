import { Card, Descriptions, Flex, List, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CampaignView } from '../../../api/types';
import { formatDate, formatDateTime, formatNumber } from '../../../lib/format';
import { useRevisions } from '../hooks';
import { scopeKey } from '../labels';

/** The plan as the launching document states it, and every change made after launch. */
export function PlanTab({ campaign: c }: { campaign: CampaignView }) {
  const { t } = useTranslation();
  const revisions = useRevisions(c.id, c.status !== 'DRAFT');
  return (
    <Flex vertical gap={16} data-testid="campaign-plan">
      <Descriptions size="small" column={{ xs: 1, md: 2 }} bordered>
        <Descriptions.Item label={t('campaigns.plan.organizer')}>{c.organizingUnitName}</Descriptions.Item>
        <Descriptions.Item label={t('campaigns.plan.scope')}>
          {t(scopeKey(c.scope?.kind))}
          {c.status !== 'DRAFT' ? ` – ${t('campaigns.unitsInScope', { count: c.unitsInScope ?? 0 })}` : ''}
        </Descriptions.Item>
      </Descriptions>
      <Card size="small" title={t('campaigns.plan.contents')}>
        <List
          size="small"
          dataSource={c.contents ?? []}
          renderItem={(x) => (
            <List.Item data-testid="plan-content">
              <Typography.Text>
                <Typography.Text strong>{x.number}. </Typography.Text>
                {x.text}
              </Typography.Text>
            </List.Item>
          )}
        />
      </Card>
      <Card size="small" title={t('campaigns.plan.targets')}>
        <Table
          size="small"
          rowKey="number"
          pagination={false}
          dataSource={c.targets ?? []}
          scroll={{ x: true }}
          locale={{ emptyText: t('campaigns.plan.noTargets') }}
          columns={[
            { title: '#', dataIndex: 'number', width: 40 },
            { title: t('campaigns.form.targetName'), dataIndex: 'name' },
            { title: t('campaigns.form.targetUnit'), dataIndex: 'unitOfMeasure', width: 110 },
            {
              title: t('campaigns.form.targetValue'),
              width: 180,
              render: (_, x) =>
                x.perUnit
                  ? t('campaigns.plan.perUnit', { min: formatNumber(x.targetValue) })
                  : formatNumber(x.targetValue),
            },
          ]}
        />
      </Card>
      <Flex gap={16} wrap>
        <Card size="small" title={t('campaigns.plan.pledgeRules')} style={{ flex: '1 1 300px' }}>
          {(c.pledgeRules ?? []).length === 0 ? (
            <Typography.Text type="secondary">{t('campaigns.plan.none')}</Typography.Text>
          ) : (
            (c.pledgeRules ?? []).map((r) => (
              <Typography.Paragraph key={r} style={{ margin: 0 }}>
                – {r}
              </Typography.Paragraph>
            ))
          )}
        </Card>
        <Card size="small" title={t('campaigns.plan.plannedAwards')} style={{ flex: '1 1 300px' }}>
          {(c.plannedAwards ?? []).length === 0 ? (
            <Typography.Text type="secondary">{t('campaigns.plan.none')}</Typography.Text>
          ) : (
            (c.plannedAwards ?? []).map((a) => (
              <Typography.Paragraph key={a.position} style={{ margin: 0 }}>
                – {a.awardType}: {a.quantity}
              </Typography.Paragraph>
            ))
          )}
        </Card>
      </Flex>
      <Card size="small" title={t('campaigns.plan.periods')}>
        <Table
          size="small"
          rowKey="number"
          pagination={false}
          dataSource={c.periods ?? []}
          scroll={{ x: true }}
          locale={{ emptyText: t('campaigns.plan.none') }}
          columns={[
            { title: t('campaigns.form.periodName'), dataIndex: 'name' },
            {
              title: t('campaigns.plan.periodDates'),
              render: (_, p) => `${formatDate(p.startsOn)} – ${formatDate(p.endsOn)}`,
            },
            { title: t('campaigns.form.period_closesOn'), render: (_, p) => formatDate(p.closesOn) },
          ]}
        />
      </Card>
      {(revisions.data ?? []).length > 0 && (
        <Card size="small" title={t('campaigns.plan.revisions')}>
          <List
            size="small"
            dataSource={revisions.data ?? []}
            renderItem={(r) => (
              <List.Item data-testid="plan-revision">
                <Typography.Text>
                  {t('campaigns.revision', { n: r.revision })} · {formatDateTime(r.changedAt)} · {r.changedBy}:{' '}
                  {r.reason}
                </Typography.Text>
              </List.Item>
            )}
          />
        </Card>
      )}
    </Flex>
  );
}
