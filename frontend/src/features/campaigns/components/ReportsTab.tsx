import { useState } from 'react';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Empty,
  Flex,
  Form,
  Input,
  InputNumber,
  Row,
  Skeleton,
  Table,
  Tag,
  Typography,
} from 'antd';
import { SaveOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { CampaignView, ProgressReport } from '../../../api/types';
import { uploadFile } from '../../../api/client';
import { describeError } from '../../../api/errors';
import { useSession } from '../../../auth/session';
import { AttachButton } from '../../../components/AttachButton';
import { ErrorState } from '../../../components/ErrorState';
import { formatDate, formatDateTime, formatNumber, todayIso } from '../../../lib/format';
import { campaignKeys, useReports, useSaveReport } from '../hooks';
import { EvidenceList } from './EvidenceList';
import { present } from '../../../lib/present';

type Period = NonNullable<CampaignView['periods']>[number];

/** Units report cumulative values per period with evidence; the organizer reads every unit's reports. */
export function ReportsTab({ campaign, compact }: { campaign: CampaignView; compact: boolean }) {
  const { t } = useTranslation();
  const reports = useReports(campaign.id);
  if (reports.isError)
    return (
      <ErrorState
        compact
        title={t('campaigns.loadError')}
        error={reports.error}
        onRetry={() => void reports.refetch()}
      />
    );
  if (reports.isPending) return <Skeleton active />;
  if ((campaign.periods ?? []).length === 0) return <Empty description={t('campaigns.reports.noPeriods')} />;
  return campaign.manageable ? (
    <AllReports campaign={campaign} reports={reports.data ?? []} loading={reports.isPending} compact={compact} />
  ) : (
    <Flex vertical gap={12} data-testid="unit-reports">
      <Typography.Text type="secondary">{t('campaigns.reports.cumulativeHint')}</Typography.Text>
      {(campaign.periods ?? [])
        .filter((p) => (p.startsOn ?? '') <= todayIso())
        .map((p) => (
          <PeriodReport
            key={p.number}
            campaign={campaign}
            period={p}
            report={(reports.data ?? []).find((r) => r.period === p.number)}
          />
        ))}
    </Flex>
  );
}

function targetName(campaign: CampaignView, number: number | undefined) {
  return campaign.targets?.find((x) => x.number === number);
}

function AllReports({
  campaign,
  reports,
  loading,
  compact,
}: {
  campaign: CampaignView;
  reports: ProgressReport[];
  loading: boolean;
  compact: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Table<ProgressReport>
      size="small"
      rowKey="id"
      loading={loading}
      dataSource={reports}
      pagination={false}
      scroll={{ x: true }}
      locale={{ emptyText: t('campaigns.reports.none') }}
      onRow={() => ({ 'data-testid': 'report-row' }) as object}
      columns={[
        { title: t('campaigns.columns.unit'), dataIndex: 'unitName', width: 220 },
        { title: t('campaigns.reports.period'), dataIndex: 'periodName', width: 120 },
        {
          title: t('campaigns.reports.values'),
          render: (_, r) =>
            (r.values ?? []).map((v) => {
              const target = targetName(campaign, v.number);
              return (
                <div key={v.number}>
                  {target?.name}: <strong>{formatNumber(v.value)}</strong> {target?.unitOfMeasure}
                </div>
              );
            }),
        },
        ...(compact ? [] : [{ title: t('campaigns.reports.narrative'), dataIndex: 'narrative' }]),
        {
          title: t('campaigns.reports.evidence'),
          render: (_, r) => <EvidenceList campaignId={campaign.id} report={r} />,
        },
        { title: t('campaigns.reports.updatedAt'), width: 160, render: (_, r) => formatDateTime(r.updatedAt) },
      ]}
    />
  );
}

interface Values {
  values: Record<string, number | null | undefined>;
  narrative?: string;
}

function PeriodReport({
  campaign,
  period,
  report,
}: {
  campaign: CampaignView;
  period: Period;
  report?: ProgressReport;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const { permissions } = useSession();
  const save = useSaveReport(campaign.id);
  const [error, setError] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);
  const open = campaign.status === 'LAUNCHED' && todayIso() <= (period.closesOn ?? '');
  const editable = open && permissions.actForUnit;

  const onFinish = async (v: Values) => {
    setError(null);
    try {
      await save.mutateAsync({
        period: present(period.number, 'period.number'),
        body: {
          values: Object.entries(v.values ?? {})
            .filter(([, value]) => value != null)
            .map(([number, value]) => ({ number: Number(number), value: value as number })),
          narrative: v.narrative?.trim() || undefined,
          version: report?.version,
        },
      });
      message.success(t('campaigns.reports.saved', { period: period.name }));
    } catch (e) {
      setError(describeError(e, t));
    }
  };

  const upload = async (file: File) => {
    setUploading(true);
    setError(null);
    try {
      await uploadFile(`/api/v1/campaigns/${campaign.id}/reports/mine/${period.number}/evidence`, file);
      message.success(t('campaigns.reports.attached', { name: file.name }));
      await queryClient.invalidateQueries({ queryKey: campaignKeys.reports(campaign.id) });
    } catch (e) {
      setError(describeError(e, t));
    } finally {
      setUploading(false);
    }
  };

  return (
    <Card
      size="small"
      data-testid="period-report"
      title={
        <Flex gap={8} align="center" wrap>
          <span>{period.name}</span>
          <Typography.Text type="secondary" style={{ fontWeight: 'normal' }}>
            {formatDate(period.startsOn)} – {formatDate(period.endsOn)}
          </Typography.Text>
          {report ? (
            <Tag color="success">{t('campaigns.reports.reported')}</Tag>
          ) : (
            <Tag>{t('campaigns.reports.notReported')}</Tag>
          )}
        </Flex>
      }
      extra={
        <Typography.Text type={open ? 'secondary' : 'danger'}>
          {t(open ? 'campaigns.reports.closesOn' : 'campaigns.reports.closed', { date: formatDate(period.closesOn) })}
        </Typography.Text>
      }
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Form<Values>
        layout="vertical"
        disabled={!editable || save.isPending}
        initialValues={{
          values: Object.fromEntries((report?.values ?? []).map((v) => [String(v.number), v.value])),
          narrative: report?.narrative ?? '',
        }}
        onFinish={(v) => void onFinish(v)}
      >
        <Row gutter={12}>
          {(campaign.targets ?? []).map((x) => (
            <Col xs={24} md={12} key={x.number}>
              <Form.Item name={['values', String(x.number)]} label={`${x.number}. ${x.name} (${x.unitOfMeasure})`}>
                <InputNumber min={0} decimalSeparator="," style={{ width: '100%' }} data-testid="report-value" />
              </Form.Item>
            </Col>
          ))}
        </Row>
        <Form.Item name="narrative" label={t('campaigns.reports.narrative')} rules={[{ max: 20000 }]}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} data-testid="report-narrative" />
        </Form.Item>
        {editable && (
          <Button htmlType="submit" icon={<SaveOutlined />} loading={save.isPending} data-testid="report-save">
            {report ? t('campaigns.reports.correct') : t('campaigns.reports.save')}
          </Button>
        )}
      </Form>
      {report && (
        <Flex vertical gap={6} style={{ marginTop: 12 }}>
          <Typography.Text type="secondary">{t('campaigns.reports.evidence')}</Typography.Text>
          <EvidenceList campaignId={campaign.id} report={report} />
          {editable && (
            <AttachButton
              label={t('campaigns.reports.attach')}
              hint={t('campaigns.reports.attachHint')}
              busy={uploading}
              onFile={(file) => void upload(file)}
              data-testid="report-attach"
            />
          )}
        </Flex>
      )}
    </Card>
  );
}
