import { useEffect, useState } from 'react';
import {
  App,
  Button,
  Card,
  DatePicker,
  Drawer,
  Empty,
  Flex,
  Form,
  Input,
  Popconfirm,
  Table,
  Tag,
  Typography,
} from 'antd';
import { FilePdfOutlined, FileWordOutlined, TrophyOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import dayjs, { type Dayjs } from 'dayjs';
import type { DecisionSummary, NominationSummary } from '../../../api/types';
import { describeError } from '../../../api/errors';
import { useCurrentUser } from '../../../auth/currentUser';
import { DownloadButton } from '../../../components/DownloadButton';
import { formatDate, formatMoney } from '../../../lib/format';
import { UnitPicker } from '../../../components/UnitPicker';
import { createDecision, discardDecision, issueDecision } from '../api';
import { showProblemOnForm } from '../../../lib/formErrors';
import { useAwardAction, useDecision, useDecisions, useNominations } from '../hooks';
import { present } from '../../../lib/present';
import { ScrollRegion } from '../../../components/ScrollRegion';

interface DecisionValues {
  organizingUnitId: string;
  number: string;
  issuedOn: Dayjs;
  authority: string;
  issuingBody: string;
  signerName: string;
  signerPosition: string;
  signingFor?: string;
  title: string;
}

/** Quyết định khen thưởng: group the nominations that passed disclosure, issue, download the decision and certificates. */
export function DecisionsTab() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useCurrentUser();
  const [form] = Form.useForm<DecisionValues>();
  const [selected, setSelected] = useState<string[]>([]);
  const ownUnit = me.data?.unitId;
  // the user's own unit is the default organizer once it has loaded
  useEffect(() => {
    if (ownUnit && !form.getFieldValue('organizingUnitId')) form.setFieldValue('organizingUnitId', ownUnit);
  }, [ownUnit, form]);
  const [open, setOpen] = useState<string>();
  const decidable = useNominations({ status: 'IN_DISCLOSURE', q: '', page: 0, size: 200 });
  const decisions = useDecisions();
  const create = useAwardAction((v: DecisionValues) =>
    createDecision({ ...v, issuedOn: v.issuedOn.format('YYYY-MM-DD'), nominationIds: selected }),
  );

  return (
    <Flex vertical gap={16}>
      <Card size="small" title={t('awards.decisions.new')} data-testid="decision-new">
        {/* a focusable region scrolls a narrow screen: antd's own scroll adds a hidden row holding the checkboxes */}
        <ScrollRegion label={t('awards.decisions.new')}>
          <Table<NominationSummary>
            rowKey="id"
            size="small"
            pagination={false}
            loading={decidable.isPending}
            dataSource={decidable.data?.items ?? []}
            locale={{ emptyText: t('awards.decisions.noneDecidable') }}
            rowSelection={{
              selectedRowKeys: selected,
              onChange: (keys) => setSelected(keys as string[]),
              getCheckboxProps: (n) => ({ disabled: !!n.onHold }),
            }}
            columns={[
              { title: t('awards.list.nominee'), dataIndex: 'nomineeName' },
              { title: t('awards.list.award'), dataIndex: 'awardTypeName' },
              { title: '', render: (_, n) => n.onHold && <Tag color="red">{t('awards.onHold')}</Tag> },
            ]}
          />
        </ScrollRegion>
        <Form
          form={form}
          layout="vertical"
          style={{ marginTop: 12 }}
          initialValues={{
            issuedOn: dayjs(),
            authority: 'Chủ tịch Ủy ban nhân dân tỉnh',
            signerPosition: 'Phó Chủ tịch',
            signingFor: 'KT. Chủ tịch',
          }}
          onFinish={(v) =>
            create.mutate(v, {
              onSuccess: (d) => {
                setSelected([]);
                setOpen(d.id);
              },
              onError: (e) => {
                showProblemOnForm(form, e);
                message.error(describeError(e, t));
              },
            })
          }
        >
          <Flex gap={12} wrap>
            <Form.Item
              name="number"
              label={t('awards.decisions.number')}
              rules={[{ required: true, message: t('awards.form.required') }]}
              style={{ flex: '1 1 180px' }}
            >
              <Input placeholder="123/QĐ-UBND" data-testid="decision-number" />
            </Form.Item>
            <Form.Item name="issuedOn" label={t('awards.decisions.issuedOn')} rules={[{ required: true }]}>
              <DatePicker format="DD/MM/YYYY" />
            </Form.Item>
            <Form.Item
              name="organizingUnitId"
              label={t('awards.decisions.organizer')}
              rules={[{ required: true, message: t('awards.form.required') }]}
              style={{ flex: '1 1 240px' }}
            >
              <UnitPicker />
            </Form.Item>
          </Flex>
          <Flex gap={12} wrap>
            <Form.Item
              name="authority"
              label={t('awards.decisions.authority')}
              rules={[{ required: true, message: t('awards.form.required') }]}
              style={{ flex: '1 1 260px' }}
            >
              <Input data-testid="decision-authority" />
            </Form.Item>
            <Form.Item
              name="issuingBody"
              label={t('awards.decisions.issuingBody')}
              rules={[{ required: true, message: t('awards.form.required') }]}
              style={{ flex: '1 1 260px' }}
            >
              <Input placeholder="Ủy ban nhân dân tỉnh Kon Tum" data-testid="decision-body" />
            </Form.Item>
          </Flex>
          <Flex gap={12} wrap>
            <Form.Item
              name="signerName"
              label={t('awards.decisions.signerName')}
              rules={[{ required: true, message: t('awards.form.required') }]}
              style={{ flex: '1 1 200px' }}
            >
              <Input data-testid="decision-signer" />
            </Form.Item>
            <Form.Item
              name="signerPosition"
              label={t('awards.decisions.signerPosition')}
              rules={[{ required: true, message: t('awards.form.required') }]}
              style={{ flex: '1 1 160px' }}
            >
              <Input />
            </Form.Item>
            <Form.Item name="signingFor" label={t('awards.decisions.signingFor')} style={{ flex: '1 1 140px' }}>
              <Input />
            </Form.Item>
          </Flex>
          <Form.Item
            name="title"
            label={t('awards.decisions.decisionTitle')}
            rules={[{ required: true, whitespace: true, message: t('awards.form.required') }]}
          >
            <Input.TextArea rows={2} maxLength={500} data-testid="decision-title" />
          </Form.Item>
          <Button
            type="primary"
            htmlType="submit"
            disabled={selected.length === 0}
            loading={create.isPending}
            data-testid="decision-create"
          >
            {t('awards.decisions.create', { count: selected.length })}
          </Button>
        </Form>
      </Card>
      <Table<DecisionSummary>
        rowKey="id"
        size="middle"
        loading={decisions.isPending}
        dataSource={decisions.data ?? []}
        pagination={false}
        scroll={{ x: true }}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('awards.decisions.none')} /> }}
        data-testid="decisions-table"
        onRow={(d) => ({ onClick: () => setOpen(d.id), style: { cursor: 'pointer' } })}
        columns={[
          { title: t('awards.decisions.number'), dataIndex: 'number' },
          { title: t('awards.decisions.issuedOn'), render: (_, d) => formatDate(d.issuedOn) },
          { title: t('awards.decisions.decisionTitle'), dataIndex: 'title', responsive: ['md'] },
          { title: t('awards.decisions.awards'), dataIndex: 'awards', width: 90 },
          {
            title: t('awards.list.status'),
            render: (_, d) => (
              <Tag color={d.status === 'ISSUED' ? 'success' : 'default'}>
                {t(d.status === 'ISSUED' ? 'awards.decisions.issued' : 'awards.decisions.draft')}
              </Tag>
            ),
          },
        ]}
      />
      <DecisionDrawer id={open} onClose={() => setOpen(undefined)} />
    </Flex>
  );
}

function DecisionDrawer({ id, onClose }: { id?: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const decision = useDecision(id);
  const d = decision.data;
  const issue = useAwardAction(() => issueDecision(present(id, 'decision'), d?.version ?? 0));
  const discard = useAwardAction(() => discardDecision(present(id, 'decision')));
  const file = (d?.number ?? '').replace('/', '-');
  return (
    <Drawer
      open={!!id}
      onClose={onClose}
      width="min(880px, 100vw)"
      title={d ? `${t('awards.decisions.decision')} ${d.number}` : ''}
      data-testid="decision-drawer"
    >
      {d && (
        <Flex vertical gap={12}>
          <Typography.Text strong>{d.title}</Typography.Text>
          <Typography.Text type="secondary">
            {`${d.authority} · ${formatDate(d.issuedOn)} · ${d.signingFor ? `${d.signingFor}, ` : ''}${d.signerPosition} ${d.signerName}`}
          </Typography.Text>
          <Table
            rowKey="nominationId"
            size="small"
            pagination={false}
            scroll={{ x: true }}
            dataSource={d.lines ?? []}
            columns={[
              { title: t('awards.decisions.position'), dataIndex: 'position', width: 56 },
              {
                title: t('awards.list.nominee'),
                render: (_, l) => (
                  <div>
                    {l.recipientName}
                    <div>
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {l.recipientDetail}
                      </Typography.Text>
                    </div>
                  </div>
                ),
              },
              { title: t('awards.list.award'), dataIndex: 'awardTypeName' },
              { title: t('awards.decisions.cash'), align: 'right', render: (_, l) => formatMoney(l.cashAmount) },
              ...(d.status === 'ISSUED'
                ? [
                    {
                      title: '',
                      render: (_: unknown, l: { nominationId?: string; position?: number }) => (
                        <DownloadButton
                          path={`/api/v1/decisions/${d.id}/certificates/${l.nominationId}.pdf`}
                          filename={`${file}-${l.position}.pdf`}
                          icon={<TrophyOutlined />}
                        >
                          {t('awards.decisions.certificate')}
                        </DownloadButton>
                      ),
                    },
                  ]
                : []),
            ]}
            summary={() => (
              <Table.Summary.Row>
                <Table.Summary.Cell index={0} colSpan={3}>
                  {t('awards.decisions.total', { salary: formatMoney(d.baseSalary) })}
                </Table.Summary.Cell>
                <Table.Summary.Cell index={3} align="right">
                  <strong data-testid="decision-total">{formatMoney(d.cashTotal)}</strong>
                </Table.Summary.Cell>
              </Table.Summary.Row>
            )}
          />
          <Flex gap={8} wrap>
            <DownloadButton
              path={`/api/v1/decisions/${d.id}/document.pdf`}
              filename={`Quyet-dinh-${file}.pdf`}
              icon={<FilePdfOutlined />}
              data-testid="decision-pdf"
            >
              {t('common.downloadPdf')}
            </DownloadButton>
            <DownloadButton
              path={`/api/v1/decisions/${d.id}/document.docx`}
              filename={`Quyet-dinh-${file}.docx`}
              icon={<FileWordOutlined />}
            >
              {t('common.downloadWord')}
            </DownloadButton>
            {d.status === 'ISSUED' ? (
              <DownloadButton
                path={`/api/v1/decisions/${d.id}/certificates.pdf`}
                filename={`${file}-bang-khen.pdf`}
                icon={<TrophyOutlined />}
                data-testid="decision-certificates"
              >
                {t('awards.decisions.certificates')}
              </DownloadButton>
            ) : (
              <>
                <Popconfirm
                  title={t('awards.decisions.issueConfirm')}
                  okText={t('awards.decisions.issue')}
                  okButtonProps={{ 'data-testid': 'decision-issue-confirm' }}
                  onConfirm={() => issue.mutate(undefined, { onError: (e) => message.error(describeError(e, t)) })}
                >
                  <Button type="primary" loading={issue.isPending} data-testid="decision-issue">
                    {t('awards.decisions.issue')}
                  </Button>
                </Popconfirm>
                <Popconfirm
                  title={t('awards.decisions.discardConfirm')}
                  onConfirm={() =>
                    discard.mutate(undefined, {
                      onSuccess: onClose,
                      onError: (e) => message.error(describeError(e, t)),
                    })
                  }
                >
                  <Button danger>{t('awards.decisions.discard')}</Button>
                </Popconfirm>
              </>
            )}
          </Flex>
        </Flex>
      )}
    </Drawer>
  );
}
