import { useEffect, useState } from 'react';
import { App, Button, Card, DatePicker, Empty, Flex, Form, Input, Modal, Radio, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import dayjs, { type Dayjs } from 'dayjs';
import type { NominationSummary, NoticeView, ObjectionView } from '../../../api/types';
import { describeError } from '../../../api/errors';
import { useCurrentUser } from '../../../auth/currentUser';
import { ErrorState } from '../../../components/ErrorState';
import { formatDate, formatDateTime } from '../../../lib/format';
import { UnitPicker } from '../../../components/UnitPicker';
import { publishNotice, resolveObjection } from '../api';
import { showProblemOnForm } from '../../../lib/formErrors';
import { useAwardAction, useNominations, useNotices, useObjections } from '../hooks';
import { STATUS_COLORS, statusKey } from '../labels';
import { present } from '../../../lib/present';

interface PublishValues {
  organizingUnitId: string;
  title: string;
  opensOn: Dayjs;
}

/** Công khai: publish the recommended nominations for the window in working days; look into objections. */
export function NoticesTab() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useCurrentUser();
  const [form] = Form.useForm<PublishValues>();
  const [selected, setSelected] = useState<string[]>([]);
  const ownUnit = me.data?.unitId;
  // the user's own unit is the default organizer once it has loaded
  useEffect(() => {
    if (ownUnit && !form.getFieldValue('organizingUnitId')) form.setFieldValue('organizingUnitId', ownUnit);
  }, [ownUnit, form]);
  const recommended = useNominations({ status: 'RECOMMENDED', q: '', page: 0, size: 200 });
  const notices = useNotices(true);
  const publish = useAwardAction((v: PublishValues) =>
    publishNotice({
      organizingUnitId: v.organizingUnitId,
      title: v.title,
      opensOn: v.opensOn.format('YYYY-MM-DD'),
      nominationIds: selected,
    }),
  );

  return (
    <Flex vertical gap={16}>
      <Card size="small" title={t('awards.notices.publish')} data-testid="notice-publish">
        <Table<NominationSummary>
          rowKey="id"
          size="small"
          pagination={false}
          loading={recommended.isPending}
          dataSource={recommended.data?.items ?? []}
          locale={{ emptyText: t('awards.notices.noneRecommended') }}
          rowSelection={{ selectedRowKeys: selected, onChange: (keys) => setSelected(keys as string[]) }}
          columns={[
            { title: t('awards.list.nominee'), dataIndex: 'nomineeName' },
            { title: t('awards.list.award'), dataIndex: 'awardTypeName' },
            { title: t('awards.list.year'), dataIndex: 'year', width: 80 },
          ]}
        />
        <Form
          form={form}
          layout="vertical"
          style={{ marginTop: 12 }}
          initialValues={{ opensOn: dayjs() }}
          onFinish={(v) =>
            publish.mutate(v, {
              onSuccess: () => {
                setSelected([]);
                message.success(t('awards.notices.published'));
              },
              onError: (e) => {
                if (!showProblemOnForm(form, e).fields.length) message.error(describeError(e, t));
              },
            })
          }
        >
          <Flex gap={12} wrap>
            <Form.Item
              name="organizingUnitId"
              label={t('awards.notices.organizer')}
              rules={[{ required: true, message: t('awards.form.required') }]}
              style={{ flex: '1 1 260px' }}
            >
              <UnitPicker />
            </Form.Item>
            <Form.Item
              name="opensOn"
              label={t('awards.notices.opensOn')}
              extra={t('awards.notices.opensOnHelp')}
              rules={[{ required: true }]}
            >
              <DatePicker format="DD/MM/YYYY" data-testid="notice-opens" />
            </Form.Item>
          </Flex>
          <Form.Item
            name="title"
            label={t('awards.notices.noticeTitle')}
            rules={[{ required: true, whitespace: true, message: t('awards.form.required') }]}
          >
            <Input maxLength={300} data-testid="notice-title" />
          </Form.Item>
          <Button
            type="primary"
            htmlType="submit"
            disabled={selected.length === 0}
            loading={publish.isPending}
            data-testid="notice-submit"
          >
            {t('awards.notices.publishButton', { count: selected.length })}
          </Button>
        </Form>
      </Card>
      {notices.isError ? (
        <ErrorState title={t('awards.loadError')} error={notices.error} onRetry={() => void notices.refetch()} />
      ) : (notices.data ?? []).length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('awards.notices.none')} />
      ) : (
        (notices.data ?? []).map((n) => <NoticeCard key={n.id} notice={n} />)
      )}
    </Flex>
  );
}

function NoticeCard({ notice }: { notice: NoticeView }) {
  const { t } = useTranslation();
  const objections = useObjections(notice.id);
  const [resolving, setResolving] = useState<ObjectionView | null>(null);
  return (
    <Card
      size="small"
      data-testid="notice"
      title={notice.title}
      extra={
        <Tag color={notice.open ? 'gold' : notice.ended ? 'default' : 'blue'}>
          {notice.open ? t('awards.notices.open') : t('awards.notices.ended')}
        </Tag>
      }
    >
      <Typography.Paragraph type="secondary">
        {t('awards.notices.window', {
          from: formatDate(notice.opensOn),
          to: formatDate(notice.closesOn),
          days: notice.workingDays,
        })}
      </Typography.Paragraph>
      <Table
        rowKey="nominationId"
        size="small"
        pagination={false}
        scroll={{ x: true }}
        dataSource={notice.entries ?? []}
        columns={[
          { title: t('awards.list.nominee'), dataIndex: 'nomineeName' },
          { title: t('awards.list.award'), dataIndex: 'awardTypeName' },
          {
            title: t('awards.list.status'),
            render: (_, e) => (
              <Flex gap={4} wrap>
                <Tag color={STATUS_COLORS[e.status ?? 'IN_DISCLOSURE']}>{t(statusKey(e.status))}</Tag>
                {e.onHold && <Tag color="red">{t('awards.onHold')}</Tag>}
              </Flex>
            ),
          },
        ]}
      />
      {(objections.data ?? []).length > 0 && (
        <>
          <Typography.Title level={5} style={{ marginTop: 12 }}>
            {t('awards.notices.objections')}
          </Typography.Title>
          {(objections.data ?? []).map((o) => (
            <Card key={o.id} size="small" type="inner" style={{ marginBottom: 8 }} data-testid="objection">
              <Flex justify="space-between" gap={8} wrap>
                <div style={{ minWidth: 0, flex: '1 1 260px' }}>
                  <Typography.Text strong>{o.nomineeName}</Typography.Text>
                  <Typography.Paragraph style={{ marginBottom: 4 }}>{o.reason}</Typography.Paragraph>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {o.filedByName} · {formatDateTime(o.filedAt)}
                  </Typography.Text>
                  {o.resolution && (
                    <Typography.Paragraph type="secondary">
                      {t('awards.notices.resolution', { text: o.resolution })}
                    </Typography.Paragraph>
                  )}
                </div>
                {o.status === 'OPEN' ? (
                  <Button onClick={() => setResolving(o)} data-testid="objection-resolve">
                    {t('awards.notices.resolve')}
                  </Button>
                ) : (
                  <Tag color={o.status === 'UPHELD' ? 'red' : 'green'}>
                    {t(o.status === 'UPHELD' ? 'awards.notices.upheld' : 'awards.notices.dismissed')}
                  </Tag>
                )}
              </Flex>
            </Card>
          ))}
        </>
      )}
      <ResolveModal objection={resolving} onClose={() => setResolving(null)} />
    </Card>
  );
}

function ResolveModal({ objection, onClose }: { objection: ObjectionView | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ outcome: 'UPHELD' | 'DISMISSED'; resolution: string }>();
  const resolve = useAwardAction((v: { outcome: 'UPHELD' | 'DISMISSED'; resolution: string }) =>
    resolveObjection(present(objection, 'objection').id, { ...v, version: objection?.version ?? 0 }),
  );
  return (
    <Modal
      open={!!objection}
      title={t('awards.notices.resolveTitle')}
      onOk={() => form.submit()}
      onCancel={onClose}
      okButtonProps={{ loading: resolve.isPending, 'data-testid': 'objection-resolve-save' }}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ outcome: 'DISMISSED' }}
        onFinish={(v) => resolve.mutate(v, { onSuccess: onClose, onError: (e) => message.error(describeError(e, t)) })}
      >
        <Form.Item name="outcome">
          <Radio.Group
            options={[
              { value: 'DISMISSED', label: t('awards.notices.dismiss') },
              { value: 'UPHELD', label: t('awards.notices.uphold') },
            ]}
          />
        </Form.Item>
        <Form.Item
          name="resolution"
          label={t('awards.notices.resolutionLabel')}
          rules={[{ required: true, whitespace: true, message: t('awards.form.required') }]}
        >
          <Input.TextArea rows={3} maxLength={2000} data-testid="objection-resolution" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
