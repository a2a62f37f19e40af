import { Card, Col, Flex, Progress, Row, Skeleton, Statistic, Table, Tag, Typography } from 'antd';
import { FileExcelOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { CampaignDashboard, CampaignView } from '../../../api/types';
import { DownloadButton } from '../../../components/DownloadButton';
import { ChartBar, pct } from '../../../components/ChartBar';
import { ErrorState } from '../../../components/ErrorState';
import { formatDate, formatNumber, formatPercent } from '../../../lib/format';
import { useDashboard } from '../hooks';
import { REGISTRATION_COLORS, registrationKey } from '../labels';

type UnitRow = NonNullable<CampaignDashboard['units']>[number];

/** The organizer's follow-up board: registration and reporting by unit and by target, late units, Excel. */
export function DashboardTab({ campaign, compact }: { campaign: CampaignView; compact: boolean }) {
  const { t } = useTranslation();
  const board = useDashboard(campaign.id, true);
  if (board.isPending) return <Skeleton active />;
  if (board.isError)
    return (
      <ErrorState compact title={t('campaigns.loadError')} error={board.error} onRetry={() => void board.refetch()} />
    );
  const d = board.data;
  const inScope = d.unitsInScope ?? 0;
  const reg = d.registration ?? {};

  return (
    <Flex vertical gap={16} data-testid="campaign-dashboard">
      <Flex justify="flex-end">
        <DownloadButton
          path={`/api/v1/campaigns/${campaign.id}/dashboard.xlsx`}
          filename="theo-doi-phong-trao.xlsx"
          icon={<FileExcelOutlined />}
          data-testid="dashboard-excel"
        >
          {t('common.downloadExcel')}
        </DownloadButton>
      </Flex>
      <Row gutter={[12, 12]}>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title={t('campaigns.dashboard.inScope')} value={inScope} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small" data-testid="dashboard-registered">
            <Statistic title={t('campaigns.dashboard.registered')} value={reg.submitted ?? 0} suffix={`/ ${inScope}`} />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small" data-testid="dashboard-late">
            <Statistic
              title={t('campaigns.dashboard.late')}
              value={d.lateUnits ?? 0}
              valueStyle={{ color: (d.lateUnits ?? 0) > 0 ? '#cf1322' : undefined }}
            />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic
              title={t('campaigns.dashboard.models')}
              value={d.models ?? 0}
              suffix={t('campaigns.dashboard.adoptions', { count: d.adoptions ?? 0 })}
            />
          </Card>
        </Col>
      </Row>
      <Row gutter={[16, 16]}>
        <Col xs={24} md={12}>
          <Card size="small" title={t('campaigns.dashboard.registrationChart')}>
            <Flex vertical gap={6}>
              <ChartBar
                label={t('campaigns.registration.status.SUBMITTED')}
                value={reg.submitted ?? 0}
                total={inScope}
                color="#389e0d"
              />
              <ChartBar
                label={t('campaigns.registration.status.DRAFT')}
                value={reg.draft ?? 0}
                total={inScope}
                color="#d48806"
              />
              <ChartBar
                label={t('campaigns.registration.status.NONE')}
                value={reg.none ?? 0}
                total={inScope}
                color="#8c8c8c"
              />
            </Flex>
          </Card>
        </Col>
        <Col xs={24} md={12}>
          <Card size="small" title={t('campaigns.dashboard.reportingChart')}>
            <Flex vertical gap={6}>
              {(d.periods ?? []).map((p) => (
                <div key={p.number} data-testid="dashboard-period">
                  <ChartBar label={p.name ?? ''} value={p.reported ?? 0} total={p.expected ?? 0} color="#1677ff" />
                  {(p.late ?? 0) > 0 && (
                    <Typography.Text type="danger" style={{ fontSize: 12 }}>
                      {t('campaigns.dashboard.periodLate', { count: p.late, date: formatDate(p.endsOn) })}
                    </Typography.Text>
                  )}
                </div>
              ))}
            </Flex>
          </Card>
        </Col>
      </Row>
      <Card size="small" title={t('campaigns.dashboard.targetsChart')}>
        <Flex vertical gap={10}>
          {(d.targets ?? []).map((x) => (
            <div key={x.number} data-testid="dashboard-target">
              <Typography.Text>
                {x.number}. {x.name}: <strong>{formatNumber(x.achievedTotal)}</strong> / {formatNumber(x.goalTotal)}{' '}
                {x.unitOfMeasure}
              </Typography.Text>
              <Progress
                percent={Math.min(100, x.percent ?? 0)}
                format={() => formatPercent(x.percent)}
                status={(x.percent ?? 0) >= 100 ? 'success' : 'active'}
                aria-label={x.name}
              />
            </div>
          ))}
        </Flex>
      </Card>
      <Table<UnitRow>
        size="small"
        rowKey="unitId"
        dataSource={d.units ?? []}
        pagination={false}
        scroll={{ x: true }}
        onRow={(u) => ({ 'data-testid': 'dashboard-unit', 'data-late': u.late ? 'true' : 'false' }) as object}
        columns={[
          {
            title: t('campaigns.columns.unit'),
            render: (_, u) => (
              <Flex vertical>
                <span>{u.unitName}</span>
                {u.late && (
                  <Tag color="error" style={{ width: 'fit-content' }}>
                    {t('campaigns.dashboard.lateTag')}
                  </Tag>
                )}
              </Flex>
            ),
          },
          {
            title: t('campaigns.columns.status'),
            width: 140,
            render: (_, u) => (
              <Tag color={REGISTRATION_COLORS[u.registration ?? 'NONE']}>{t(registrationKey(u.registration))}</Tag>
            ),
          },
          ...(compact
            ? []
            : (d.periods ?? []).map((p) => ({
                title: p.name,
                width: 110,
                render: (_: unknown, u: UnitRow) =>
                  u.reportedPeriods?.includes(p.number) ? <Tag color="success">✓</Tag> : <Tag>—</Tag>,
              }))),
          {
            title: t('campaigns.dashboard.overall'),
            width: 120,
            align: 'right',
            render: (_, u) => formatPercent(u.overall),
          },
          {
            title: t('campaigns.dashboard.owed'),
            render: (_, u) =>
              (u.owed ?? []).map((o) => (
                <div key={`${o.kind}-${o.period ?? ''}`}>
                  <Typography.Text type={o.overdue ? 'danger' : 'secondary'} style={{ fontSize: 12 }}>
                    {o.label} ({formatDate(o.dueOn)})
                  </Typography.Text>
                </div>
              )),
          },
        ]}
      />
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('campaigns.dashboard.percentHint', { value: pct(reg.submitted ?? 0, inScope) })}
      </Typography.Text>
    </Flex>
  );
}
