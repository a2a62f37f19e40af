import { useState } from 'react';
import { App, Button, DatePicker, Flex, Form, Input, Segmented, Table, Tag, Typography } from 'antd';
import { FileExcelOutlined, LogoutOutlined, UserAddOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { BlocView, Member } from '../../../api/types';
import { saveFailureMessages } from '../../../lib/formErrors';
import { DownloadButton } from '../../../components/DownloadButton';
import { ErrorState } from '../../../components/ErrorState';
import { UnitPicker } from '../../../components/UnitPicker';
import { useAddMembers, useEndMembership, useMemberHistory, useMembers } from '../hooks';
import { formatDate, todayIso } from '../../../lib/format';
import { FormModal } from '../../../components/FormModal';

interface Props {
  bloc: BlocView;
  compact: boolean;
}

/** Members on a chosen day (today by default) or the whole history; officers add units and record departures. */
export function MembersTab({ bloc, compact }: Props) {
  const { t } = useTranslation();
  const blocId = bloc.id;
  const [day, setDay] = useState<string>(todayIso());
  const [view, setView] = useState<'day' | 'history'>('day');
  const members = useMembers(blocId, day);
  const history = useMemberHistory(blocId, view === 'history');
  const [adding, setAdding] = useState(false);
  const [leaving, setLeaving] = useState<Member | null>(null);
  const shown = view === 'day' ? members : history;

  return (
    <Flex vertical gap={12} data-testid="members-tab">
      <Flex gap={8} wrap align="center" justify="space-between">
        <Flex gap={8} wrap align="center">
          <Segmented
            value={view}
            onChange={(v) => setView(v as 'day' | 'history')}
            options={[
              { value: 'day', label: t('blocs.members.current') },
              { value: 'history', label: t('blocs.members.history') },
            ]}
          />
          {view === 'day' && (
            <DatePicker
              aria-label={t('blocs.members.asOf')}
              value={dayjs(day)}
              format="DD/MM/YYYY"
              allowClear={false}
              onChange={(d) => d && setDay(d.format('YYYY-MM-DD'))}
            />
          )}
        </Flex>
        <Flex gap={8} wrap>
          <DownloadButton
            path={`/api/v1/blocs/${blocId}/members/export.xlsx?on=${day}`}
            filename={`thanh-vien-${day}.xlsx`}
            icon={<FileExcelOutlined />}
          >
            {t('common.downloadExcel')}
          </DownloadButton>
          {bloc.manageable && (
            <Button type="primary" icon={<UserAddOutlined />} onClick={() => setAdding(true)} data-testid="member-add">
              {t('blocs.members.add')}
            </Button>
          )}
        </Flex>
      </Flex>
      {shown.isError ? (
        <ErrorState compact title={t('blocs.loadError')} error={shown.error} onRetry={() => void shown.refetch()} />
      ) : (
        <Table<Member>
          size="middle"
          rowKey={(m) => m.membershipId ?? ''}
          dataSource={shown.data ?? []}
          loading={shown.isFetching}
          pagination={false}
          scroll={compact ? { x: 560 } : undefined}
          locale={{ emptyText: t('blocs.members.empty') }}
          onRow={() => ({ 'data-testid': 'member-row' }) as object}
          columns={[
            {
              title: t('blocs.members.columns.unit'),
              render: (_, m) => (
                <Flex gap={6} wrap align="center">
                  <Typography.Text>{m.unit?.name}</Typography.Text>
                  {m.termRole && (
                    <Tag color={m.termRole === 'HEAD' ? 'red' : 'gold'}>{t(`blocs.termRoles.${m.termRole}`)}</Tag>
                  )}
                </Flex>
              ),
            },
            { title: t('blocs.members.columns.joinedOn'), render: (_, m) => formatDate(m.joinedOn), width: 110 },
            ...(view === 'history'
              ? [
                  {
                    title: t('blocs.members.columns.leftOn'),
                    render: (_: unknown, m: Member) => formatDate(m.leftOn),
                    width: 110,
                  },
                ]
              : []),
            {
              title: t('blocs.members.columns.reason'),
              render: (_, m) => (
                <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                  {m.leaveReason ?? m.joinReason}
                </Typography.Text>
              ),
              responsive: ['lg'],
            },
            ...(bloc.manageable && view === 'day'
              ? [
                  {
                    title: t('blocs.members.columns.actions'),
                    width: 130,
                    render: (_: unknown, m: Member) => (
                      <Button size="small" danger icon={<LogoutOutlined />} onClick={() => setLeaving(m)}>
                        {t('blocs.members.leave')}
                      </Button>
                    ),
                  },
                ]
              : []),
          ]}
        />
      )}
      {adding && <AddMembersModal blocId={blocId} current={members.data ?? []} onClose={() => setAdding(false)} />}
      {leaving && <LeaveModal blocId={blocId} member={leaving} onClose={() => setLeaving(null)} />}
    </Flex>
  );
}

interface AddValues {
  unitIds: string[];
  joinedOn: Dayjs;
  reason: string;
}

function AddMembersModal({ blocId, current, onClose }: { blocId: string; current: Member[]; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<AddValues>();
  const add = useAddMembers(blocId);
  const [errors, setErrors] = useState<string[]>([]);
  const memberIds = new Set(current.map((m) => m.unit?.id).filter((id): id is string => !!id));

  const onFinish = async (v: AddValues) => {
    setErrors([]);
    try {
      const added = await add.mutateAsync({
        unitIds: v.unitIds,
        joinedOn: v.joinedOn.format('YYYY-MM-DD'),
        reason: v.reason.trim(),
      });
      message.success(t('blocs.members.added', { count: added.length }));
      onClose();
    } catch (e) {
      setErrors(saveFailureMessages(form, e, t, { names: ['unitIds', 'joinedOn', 'reason'] }));
    }
  };

  return (
    <FormModal
      form={form}
      errors={errors}
      title={t('blocs.members.addTitle')}
      onCancel={onClose}
      confirmLoading={add.isPending}
      okButtonProps={{ 'data-testid': 'member-add-submit' }}
    >
      <Form<AddValues>
        form={form}
        layout="vertical"
        initialValues={{ joinedOn: dayjs(), reason: '' }}
        onFinish={(v) => void onFinish(v)}
      >
        <Form.Item
          name="unitIds"
          label={t('blocs.members.units')}
          rules={[{ required: true, message: t('blocs.members.unitsRequired') }]}
        >
          <UnitPicker
            multiple
            disabledIds={memberIds}
            placeholder={t('blocs.members.unitsPlaceholder')}
            data-testid="member-add-units"
          />
        </Form.Item>
        <ChangeFields
          date="joinedOn"
          dateLabel={t('blocs.members.joinedOn')}
          reasonPlaceholder={t('blocs.members.reasonPlaceholder')}
        />
      </Form>
    </FormModal>
  );
}

interface LeaveValues {
  leftOn: Dayjs;
  reason: string;
}

function LeaveModal({ blocId, member, onClose }: { blocId: string; member: Member; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<LeaveValues>();
  const end = useEndMembership(blocId);
  const [errors, setErrors] = useState<string[]>([]);

  const onFinish = async (v: LeaveValues) => {
    setErrors([]);
    try {
      await end.mutateAsync({
        membershipId: member.membershipId,
        body: { leftOn: v.leftOn.format('YYYY-MM-DD'), reason: v.reason.trim() },
      });
      message.success(t('blocs.members.left', { name: member.unit?.name }));
      onClose();
    } catch (e) {
      setErrors(saveFailureMessages(form, e, t, { names: ['leftOn', 'reason'] }));
    }
  };

  return (
    <FormModal
      form={form}
      errors={errors}
      title={t('blocs.members.leaveTitle', { name: member.unit?.name })}
      onCancel={onClose}
      width={520}
      okButtonProps={{ danger: true }}
      confirmLoading={end.isPending}
    >
      <Form<LeaveValues>
        form={form}
        layout="vertical"
        initialValues={{ leftOn: dayjs(), reason: '' }}
        onFinish={(v) => void onFinish(v)}
      >
        <ChangeFields date="leftOn" dateLabel={t('blocs.members.leftOn')} />
      </Form>
    </FormModal>
  );
}

/** The day a unit joins or leaves, and why (the decision it follows): a membership's period is dated as it was. */
function ChangeFields({
  date,
  dateLabel,
  reasonPlaceholder,
}: {
  date: string;
  dateLabel: string;
  reasonPlaceholder?: string;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item
        name={date}
        label={dateLabel}
        rules={[{ required: true, message: t('blocs.members.joinedOnRequired') }]}
      >
        <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} allowClear={false} />
      </Form.Item>
      <Form.Item
        name="reason"
        label={t('blocs.members.reason')}
        rules={[{ required: true, whitespace: true, message: t('blocs.members.reasonRequired') }, { max: 500 }]}
      >
        <Input placeholder={reasonPlaceholder} />
      </Form.Item>
    </>
  );
}
