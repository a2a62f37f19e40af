import { useState } from 'react';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Empty,
  Flex,
  Form,
  Input,
  Modal,
  Popconfirm,
  Row,
  Select,
  Skeleton,
  Table,
  Tag,
  Typography,
} from 'antd';
import { CheckCircleOutlined, PlusOutlined, SaveOutlined, TrophyOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { CampaignView, ExemplarKind, Review, ReviewKind, Standing } from '../../../api/types';
import { describeError } from '../../../api/errors';

import { ErrorState } from '../../../components/ErrorState';
import { formatDate, formatPercent } from '../../../lib/format';
import { useCloseReview, useOpenReview, useReviews, useSelectExemplars } from '../hooks';
import { EXEMPLAR_KINDS, REVIEW_KINDS, exemplarKindKey, reviewKindKey } from '../labels';
import { present } from '../../../lib/present';
import { RemoveRowButton } from '../../../components/RowButtons';
import { showProblemOnForm } from '../../../lib/formErrors';

/** Mid-term and final reviews: the organizer opens one, reads the standings, selects exemplars and closes it. */
// "selectExemplars.body.exemplars[2].citation" → the exemplar row's field
const exemplarField = (path: string) => {
  const m = /exemplars\[(\d+)\]\.(\w+)/.exec(path);
  return m ? ['exemplars', Number(m[1]), m[2]] : undefined;
};

export function ReviewsTab({ campaign, compact }: { campaign: CampaignView; compact: boolean }) {
  const { t } = useTranslation();
  const reviews = useReviews(campaign.id);
  const [opening, setOpening] = useState(false);
  if (reviews.isPending) return <Skeleton active />;
  if (reviews.isError)
    return (
      <ErrorState
        compact
        title={t('campaigns.loadError')}
        error={reviews.error}
        onRetry={() => void reviews.refetch()}
      />
    );
  const list = reviews.data ?? [];
  const canOpen = !!campaign.manageable && campaign.status === 'LAUNCHED' && !list.some((r) => r.status === 'OPEN');
  return (
    <Flex vertical gap={16} data-testid="campaign-reviews">
      {canOpen && (
        <Button
          type="primary"
          icon={<PlusOutlined />}
          onClick={() => setOpening(true)}
          style={{ width: 'fit-content' }}
          data-testid="review-open"
        >
          {t('campaigns.reviews.open')}
        </Button>
      )}
      {list.length === 0 && (
        <Empty description={t(campaign.manageable ? 'campaigns.reviews.none' : 'campaigns.reviews.noneForUnits')} />
      )}
      {list.map((r) => (
        <ReviewCard key={r.id} campaign={campaign} review={r} compact={compact} />
      ))}
      {opening && <OpenReviewModal campaign={campaign} onClose={() => setOpening(false)} />}
    </Flex>
  );
}

function OpenReviewModal({ campaign, onClose }: { campaign: CampaignView; onClose: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ kind: ReviewKind; title: string; heldOn: Dayjs }>();
  const open = useOpenReview(campaign.id);
  const [error, setError] = useState<string | null>(null);
  const submit = async (v: { kind: ReviewKind; title: string; heldOn: Dayjs }) => {
    setError(null);
    try {
      await open.mutateAsync({ kind: v.kind, title: v.title.trim(), heldOn: v.heldOn.format('YYYY-MM-DD') });
      onClose();
    } catch (e) {
      setError(describeError(e, t));
    }
  };
  return (
    <Modal
      open
      title={t('campaigns.reviews.open')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={t('campaigns.reviews.openOk')}
      cancelText={t('common.cancel')}
      confirmLoading={open.isPending}
      okButtonProps={{ 'data-testid': 'review-open-submit' }}
    >
      {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
      <Form
        form={form}
        layout="vertical"
        initialValues={{ kind: 'FINAL', title: t('campaigns.reviews.defaultTitle'), heldOn: dayjs() }}
        onFinish={(v) => void submit(v)}
      >
        <Form.Item name="kind" label={t('campaigns.reviews.kind')} rules={[{ required: true }]}>
          <Select
            options={REVIEW_KINDS.map((k) => ({ value: k, label: t(reviewKindKey(k)) }))}
            data-testid="review-kind"
          />
        </Form.Item>
        <Form.Item
          name="title"
          label={t('campaigns.reviews.title')}
          rules={[{ required: true, whitespace: true, message: t('campaigns.form.required') }, { max: 300 }]}
        >
          <Input data-testid="review-title" />
        </Form.Item>
        <Form.Item
          name="heldOn"
          label={t('campaigns.reviews.heldOn')}
          rules={[{ required: true, message: t('campaigns.form.required') }]}
        >
          <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

interface SelectionValues {
  exemplars: {
    kind: ExemplarKind;
    unitId?: string;
    personName?: string;
    personPosition?: string;
    citation: string;
    awardType?: string;
  }[];
}

function ReviewCard({ campaign, review, compact }: { campaign: CampaignView; review: Review; compact: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<SelectionValues>();
  const select = useSelectExemplars(campaign.id);
  const close = useCloseReview(campaign.id);
  const [error, setError] = useState<string | null>(null);
  const editing = !!review.manageable;
  const units = (review.standings ?? []).map((s) => ({ value: s.unitId, label: s.unitName }));
  const awards = (campaign.plannedAwards ?? []).map((a) => ({
    value: present(a.awardType, 'plannedAwards.awardType'),
    label: `${a.awardType} (${a.quantity})`,
  }));

  const save = async (v: SelectionValues) => {
    setError(null);
    try {
      await select.mutateAsync({
        reviewId: review.id,
        body: {
          version: review.version ?? 0,
          exemplars: (v.exemplars ?? []).map((e) => ({
            kind: e.kind,
            unitId: present(e.unitId, 'exemplars.unitId'),
            personName: e.personName?.trim() || undefined,
            personPosition: e.personPosition?.trim() || undefined,
            citation: e.citation.trim(),
            awardType: e.awardType || undefined,
          })),
        },
      });
      message.success(t('campaigns.reviews.selectionSaved'));
    } catch (e) {
      showProblemOnForm(form, e, exemplarField);
      setError(describeError(e, t));
    }
  };

  const doClose = async () => {
    setError(null);
    try {
      await close.mutateAsync(review.id);
      message.success(t(review.kind === 'FINAL' ? 'campaigns.reviews.finalClosed' : 'campaigns.reviews.closed'));
    } catch (e) {
      setError(describeError(e, t));
    }
  };

  return (
    <Card
      data-testid="review-card"
      title={
        <Flex gap={8} align="center" wrap>
          <TrophyOutlined />
          <span>{review.title}</span>
          <Tag color={review.kind === 'FINAL' ? 'red' : 'blue'}>{t(reviewKindKey(review.kind))}</Tag>
          <Tag color={review.status === 'OPEN' ? 'processing' : 'default'} data-testid="review-status">
            {t(review.status === 'OPEN' ? 'campaigns.reviews.statusOpen' : 'campaigns.reviews.statusClosed')}
          </Tag>
        </Flex>
      }
      extra={<Typography.Text type="secondary">{formatDate(review.heldOn)}</Typography.Text>}
    >
      <Flex vertical gap={12}>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {t('campaigns.reviews.method')}: {review.method}
        </Typography.Text>
        <StandingsTable review={review} compact={compact} />
        {error && <Alert type="error" showIcon title={error} />}
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t('campaigns.reviews.exemplars')}
        </Typography.Title>
        {editing ? (
          <Form<SelectionValues>
            form={form}
            layout="vertical"
            initialValues={{
              exemplars: (review.exemplars ?? []).map((e) => ({ ...e, kind: e.kind, citation: e.citation ?? '' })),
            }}
            onFinish={(v) => void save(v)}
            disabled={select.isPending}
          >
            <Form.List name="exemplars">
              {(fields, { add, remove }) => (
                <Flex vertical gap={8}>
                  {fields.map((f) => (
                    <Card size="small" key={f.key} data-testid="exemplar-row">
                      <Row gutter={8}>
                        <Col xs={24} md={6}>
                          <Form.Item
                            name={[f.name, 'kind']}
                            label={t('campaigns.reviews.exemplarKind')}
                            style={{ marginBottom: 4 }}
                          >
                            <Select options={EXEMPLAR_KINDS.map((k) => ({ value: k, label: t(exemplarKindKey(k)) }))} />
                          </Form.Item>
                        </Col>
                        <Col xs={24} md={10}>
                          <Form.Item
                            name={[f.name, 'unitId']}
                            label={t('campaigns.columns.unit')}
                            rules={[{ required: true, message: t('campaigns.form.required') }]}
                            style={{ marginBottom: 4 }}
                          >
                            <Select
                              options={units}
                              showSearch={{ optionFilterProp: 'label' }}
                              data-testid="exemplar-unit"
                            />
                          </Form.Item>
                        </Col>
                        <Col xs={24} md={8}>
                          <Form.Item
                            name={[f.name, 'awardType']}
                            label={t('campaigns.reviews.awardType')}
                            style={{ marginBottom: 4 }}
                          >
                            <Select allowClear options={awards} data-testid="exemplar-award" />
                          </Form.Item>
                        </Col>
                        <Form.Item noStyle shouldUpdate>
                          {() =>
                            form.getFieldValue(['exemplars', f.name, 'kind']) === 'INDIVIDUAL' && (
                              <>
                                <Col xs={24} md={12}>
                                  <Form.Item
                                    name={[f.name, 'personName']}
                                    label={t('campaigns.reviews.personName')}
                                    style={{ marginBottom: 4 }}
                                  >
                                    <Input />
                                  </Form.Item>
                                </Col>
                                <Col xs={24} md={12}>
                                  <Form.Item
                                    name={[f.name, 'personPosition']}
                                    label={t('campaigns.reviews.personPosition')}
                                    style={{ marginBottom: 4 }}
                                  >
                                    <Input />
                                  </Form.Item>
                                </Col>
                              </>
                            )
                          }
                        </Form.Item>
                        <Col xs={22}>
                          <Form.Item
                            name={[f.name, 'citation']}
                            label={t('campaigns.reviews.citation')}
                            rules={[
                              { required: true, whitespace: true, message: t('campaigns.form.required') },
                              { max: 1000 },
                            ]}
                            style={{ marginBottom: 4 }}
                          >
                            <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} data-testid="exemplar-citation" />
                          </Form.Item>
                        </Col>
                        <Col xs={2}>
                          <RemoveRowButton
                            onClick={() => remove(f.name)}
                            label={t('campaigns.form.remove')}
                            style={{ marginTop: 30 }}
                          />
                        </Col>
                      </Row>
                    </Card>
                  ))}
                  <Flex gap={8} wrap>
                    <Button
                      icon={<PlusOutlined />}
                      onClick={() => add({ kind: 'COLLECTIVE', citation: '' })}
                      data-testid="exemplar-add"
                    >
                      {t('campaigns.reviews.addExemplar')}
                    </Button>
                    <Button
                      icon={<SaveOutlined />}
                      htmlType="submit"
                      loading={select.isPending}
                      data-testid="exemplars-save"
                    >
                      {t('campaigns.reviews.saveSelection')}
                    </Button>
                    <Popconfirm
                      title={t(
                        review.kind === 'FINAL'
                          ? 'campaigns.reviews.closeFinalConfirm'
                          : 'campaigns.reviews.closeConfirm',
                      )}
                      onConfirm={() => void doClose()}
                      okText={t('campaigns.reviews.close')}
                      cancelText={t('common.cancel')}
                    >
                      <Button
                        type="primary"
                        danger
                        icon={<CheckCircleOutlined />}
                        loading={close.isPending}
                        data-testid="review-close"
                      >
                        {t('campaigns.reviews.close')}
                      </Button>
                    </Popconfirm>
                  </Flex>
                </Flex>
              )}
            </Form.List>
          </Form>
        ) : (review.exemplars ?? []).length === 0 ? (
          <Typography.Text type="secondary">{t('campaigns.reviews.noExemplars')}</Typography.Text>
        ) : (
          (review.exemplars ?? []).map((e, i) => (
            <Card size="small" key={i} data-testid="exemplar">
              <Flex vertical gap={2}>
                <Flex gap={6} wrap align="center">
                  <Tag color="gold">{t(exemplarKindKey(e.kind))}</Tag>
                  <Typography.Text strong>
                    {e.kind === 'INDIVIDUAL'
                      ? `${e.personName}${e.personPosition ? `, ${e.personPosition}` : ''} – ${e.unitName}`
                      : e.unitName}
                  </Typography.Text>
                </Flex>
                <Typography.Text>{e.citation}</Typography.Text>
                {e.awardType && (
                  <Typography.Text type="secondary">
                    {t('campaigns.reviews.proposed', { award: e.awardType })}
                  </Typography.Text>
                )}
              </Flex>
            </Card>
          ))
        )}
      </Flex>
    </Card>
  );
}

function StandingsTable({ review, compact }: { review: Review; compact: boolean }) {
  const { t } = useTranslation();
  const targets = review.targets ?? [];
  return (
    <Table<Standing>
      size="small"
      rowKey="unitId"
      dataSource={review.standings ?? []}
      pagination={false}
      scroll={{ x: true }}
      onRow={() => ({ 'data-testid': 'standing-row' }) as object}
      columns={[
        {
          title: t('campaigns.reviews.rank'),
          width: 70,
          render: (_, s) => (s.rank ? `${s.rank}${s.tied ? '=' : ''}` : '—'),
        },
        {
          title: t('campaigns.columns.unit'),
          render: (_, s) => (
            <Flex vertical>
              <span>{s.unitName}</span>
              {!s.registered && (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('campaigns.reviews.notRegistered')}
                </Typography.Text>
              )}
            </Flex>
          ),
        },
        ...(compact
          ? []
          : targets.map((x) => ({
              title: `${x.number}. ${x.name}`,
              width: 150,
              align: 'right' as const,
              render: (_: unknown, s: Standing) =>
                formatPercent(s.targets?.find((r) => r.number === x.number)?.percent),
            }))),
        {
          title: t('campaigns.reviews.overall'),
          width: 110,
          align: 'right',
          render: (_, s) => <strong>{formatPercent(s.overall)}</strong>,
        },
      ]}
    />
  );
}
