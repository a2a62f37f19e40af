import { useEffect, useState } from 'react';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Flex,
  Form,
  Input,
  InputNumber,
  Popconfirm,
  Row,
  Select,
  Table,
  Tag,
  Typography,
} from 'antd';
import { CheckOutlined, PlusOutlined, SaveOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { CampaignView, PledgeKind, Registration, RegistrationProgress } from '../../../api/types';
import { describeError } from '../../../api/errors';
import { useSession } from '../../../auth/session';
import { ErrorState } from '../../../components/ErrorState';
import { formatDate, formatDateTime, todayIso } from '../../../lib/format';
import { useMyRegistration, useRegistrationProgress, useSaveRegistration, useSubmitRegistration } from '../hooks';
import { PLEDGE_KINDS, REGISTRATION_COLORS, pledgeKey, registrationKey } from '../labels';
import { RemoveRowButton } from '../../../components/RowButtons';

interface Values {
  targets: Record<string, number | null | undefined>;
  pledges: { kind: PledgeKind; title: string; description?: string }[];
}

/** The unit prepares and submits its registration; the organizer sees every unit in scope. */
export function RegistrationTab({ campaign, compact }: { campaign: CampaignView; compact: boolean }) {
  return campaign.manageable ? (
    <RegistrationProgressList campaign={campaign} compact={compact} />
  ) : (
    <UnitRegistration campaign={campaign} />
  );
}

function RegistrationProgressList({ campaign, compact }: { campaign: CampaignView; compact: boolean }) {
  const { t } = useTranslation();
  const progress = useRegistrationProgress(campaign.id, true);
  if (progress.isError)
    return (
      <ErrorState
        compact
        title={t('campaigns.loadError')}
        error={progress.error}
        onRetry={() => void progress.refetch()}
      />
    );
  const rows = progress.data ?? [];
  const submitted = rows.filter((r) => r.status === 'SUBMITTED').length;
  return (
    <Flex vertical gap={12} data-testid="registration-progress">
      <Typography.Text strong>
        {t('campaigns.registration.progress', { submitted, total: rows.length })}
      </Typography.Text>
      <Table<RegistrationProgress>
        size="small"
        rowKey="unitId"
        loading={progress.isPending}
        dataSource={rows}
        pagination={false}
        scroll={{ x: true }}
        onRow={() => ({ 'data-testid': 'registration-row' }) as object}
        columns={[
          { title: t('campaigns.columns.unit'), dataIndex: 'unitName' },
          {
            title: t('campaigns.columns.status'),
            width: 150,
            render: (_, r) => <Tag color={REGISTRATION_COLORS[r.status ?? 'NONE']}>{t(registrationKey(r.status))}</Tag>,
          },
          ...(compact
            ? []
            : [
                {
                  title: t('campaigns.registration.pledgeCount'),
                  dataIndex: 'pledges',
                  width: 120,
                  align: 'right' as const,
                },
              ]),
          {
            title: t('campaigns.registration.submittedAt'),
            width: 180,
            render: (_, r) => formatDateTime(r.submittedAt),
          },
        ]}
      />
    </Flex>
  );
}

function UnitRegistration({ campaign }: { campaign: CampaignView }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { permissions } = useSession();
  const [form] = Form.useForm<Values>();
  const mine = useMyRegistration(campaign.id, permissions.actForUnit);
  const save = useSaveRegistration(campaign.id);
  const submit = useSubmitRegistration(campaign.id);
  const [error, setError] = useState<string | null>(null);
  const registration: Registration | null | undefined = mine.data;
  const open = campaign.status === 'LAUNCHED' && todayIso() <= (campaign.registrationDeadline ?? '');
  const editable = open && registration?.status !== 'SUBMITTED';

  useEffect(() => {
    if (mine.data === undefined) return;
    form.setFieldsValue({
      targets: Object.fromEntries((mine.data?.targets ?? []).map((x) => [String(x.number), x.value])),
      pledges: (mine.data?.pledges ?? []).map((p) => ({
        kind: p.kind,
        title: p.title ?? '',
        description: p.description ?? '',
      })),
    });
  }, [mine.data, form]);

  if (!permissions.actForUnit) return <Alert type="info" showIcon title={t('campaigns.registration.unitsOnly')} />;
  if (mine.isError)
    return (
      <ErrorState compact title={t('campaigns.loadError')} error={mine.error} onRetry={() => void mine.refetch()} />
    );

  const onFinish = async (v: Values) => {
    setError(null);
    try {
      await save.mutateAsync({
        targets: Object.entries(v.targets ?? {})
          .filter(([, value]) => value != null)
          .map(([number, value]) => ({ number: Number(number), value: value as number })),
        pledges: (v.pledges ?? []).map((p) => ({
          kind: p.kind,
          title: p.title.trim(),
          description: p.description?.trim() || undefined,
        })),
        version: registration?.version,
      });
      message.success(t('campaigns.registration.saved'));
    } catch (e) {
      setError(describeError(e, t));
    }
  };

  const doSubmit = async () => {
    setError(null);
    try {
      await submit.mutateAsync(undefined);
      message.success(t('campaigns.registration.submittedMessage'));
    } catch (e) {
      setError(describeError(e, t));
    }
  };

  return (
    <Flex vertical gap={12} data-testid="unit-registration">
      <Flex gap={8} align="center" wrap>
        <Tag color={REGISTRATION_COLORS[registration?.status ?? 'NONE']} data-testid="registration-status">
          {t(registrationKey(registration?.status ?? 'NONE'))}
        </Tag>
        {registration?.submittedAt && (
          <Typography.Text type="secondary">
            {t('campaigns.registration.submittedBy', {
              by: registration.submittedBy,
              at: formatDateTime(registration.submittedAt),
            })}
          </Typography.Text>
        )}
        {!registration?.submittedAt && (
          <Typography.Text type={open ? 'secondary' : 'danger'}>
            {t(open ? 'campaigns.registration.deadline' : 'campaigns.registration.closed', {
              date: formatDate(campaign.registrationDeadline),
            })}
          </Typography.Text>
        )}
      </Flex>
      {(campaign.pledgeRules ?? []).map((r) => (
        <Alert key={r} type="info" showIcon title={r} />
      ))}
      {error && <Alert type="error" showIcon title={error} />}
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={(v) => void onFinish(v)}
        disabled={!editable || save.isPending}
      >
        {(campaign.targets ?? []).length > 0 && (
          <Card size="small" title={t('campaigns.registration.targets')}>
            <Row gutter={12}>
              {(campaign.targets ?? []).map((x) => (
                <Col xs={24} md={12} key={x.number}>
                  <Form.Item
                    name={['targets', String(x.number)]}
                    label={`${x.number}. ${x.name} (${x.unitOfMeasure})`}
                    extra={
                      x.targetValue != null
                        ? t('campaigns.registration.campaignValue', { value: x.targetValue })
                        : undefined
                    }
                  >
                    <InputNumber
                      min={0}
                      decimalSeparator=","
                      style={{ width: '100%' }}
                      data-testid="registration-target"
                    />
                  </Form.Item>
                </Col>
              ))}
            </Row>
          </Card>
        )}
        <Card size="small" title={t('campaigns.registration.pledges')} style={{ marginTop: 12 }}>
          <Form.List name="pledges">
            {(fields, { add, remove }) => (
              <Flex vertical gap={8}>
                {fields.map((f) => (
                  <Row key={f.key} gutter={8} data-testid="registration-pledge">
                    <Col xs={24} md={6}>
                      <Form.Item
                        name={[f.name, 'kind']}
                        rules={[{ required: true, message: t('campaigns.form.required') }]}
                        style={{ marginBottom: 4 }}
                      >
                        <Select options={PLEDGE_KINDS.map((k) => ({ value: k, label: t(pledgeKey(k)) }))} />
                      </Form.Item>
                    </Col>
                    <Col xs={24} md={8}>
                      <Form.Item
                        name={[f.name, 'title']}
                        rules={[
                          { required: true, whitespace: true, message: t('campaigns.form.required') },
                          { max: 500 },
                        ]}
                        style={{ marginBottom: 4 }}
                      >
                        <Input placeholder={t('campaigns.registration.pledgeTitle')} data-testid="pledge-title" />
                      </Form.Item>
                    </Col>
                    <Col xs={22} md={9}>
                      <Form.Item name={[f.name, 'description']} rules={[{ max: 4000 }]} style={{ marginBottom: 4 }}>
                        <Input.TextArea
                          autoSize={{ minRows: 1, maxRows: 3 }}
                          placeholder={t('campaigns.registration.pledgeDescription')}
                        />
                      </Form.Item>
                    </Col>
                    <Col xs={2} md={1}>
                      <RemoveRowButton onClick={() => remove(f.name)} label={t('campaigns.form.remove')} />
                    </Col>
                  </Row>
                ))}
                {editable && (
                  <Button
                    icon={<PlusOutlined />}
                    onClick={() => add({ kind: 'MODEL', title: '' })}
                    data-testid="registration-add-pledge"
                  >
                    {t('campaigns.registration.addPledge')}
                  </Button>
                )}
              </Flex>
            )}
          </Form.List>
        </Card>
      </Form>
      {editable && (
        <Flex gap={8} wrap>
          <Button
            icon={<SaveOutlined />}
            onClick={() => form.submit()}
            loading={save.isPending}
            data-testid="registration-save"
          >
            {t('campaigns.registration.save')}
          </Button>
          {permissions.leadUnit && registration?.status === 'DRAFT' && (
            <Popconfirm
              title={t('campaigns.registration.submitConfirm')}
              onConfirm={() => void doSubmit()}
              okText={t('campaigns.registration.submit')}
              cancelText={t('common.cancel')}
            >
              <Button
                type="primary"
                icon={<CheckOutlined />}
                loading={submit.isPending}
                data-testid="registration-submit"
              >
                {t('campaigns.registration.submit')}
              </Button>
            </Popconfirm>
          )}
          {!permissions.leadUnit && registration?.status === 'DRAFT' && (
            <Typography.Text type="secondary">{t('campaigns.registration.waitingLeader')}</Typography.Text>
          )}
        </Flex>
      )}
    </Flex>
  );
}
