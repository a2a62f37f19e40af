import { App, DatePicker, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Dayjs } from 'dayjs';
import { describeError } from '../../../api/errors';
import { UnitPicker } from '../../../components/UnitPicker';
import { recordHonour } from '../api';
import { showProblemOnForm } from '../../../lib/formErrors';
import { useAwardAction, useAwardTypes, usePeople } from '../hooks';

interface Values {
  unitId: string;
  personId?: string;
  awardType: string;
  year: number;
  decisionNumber: string;
  decidedOn: Dayjs;
  authority: string;
}

/** Ghi sổ vàng: an honour from an earlier paper decision, so later prerequisites can count it. */
export function RecordHonourModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const unitId = Form.useWatch('unitId', form);
  const people = usePeople(unitId);
  const types = useAwardTypes();
  const save = useAwardAction((v: Values) =>
    recordHonour({
      unitId: v.unitId,
      personId: v.personId,
      recipientKind: v.personId ? 'INDIVIDUAL' : 'COLLECTIVE',
      awardType: v.awardType,
      year: v.year,
      decisionNumber: v.decisionNumber,
      decidedOn: v.decidedOn.format('YYYY-MM-DD'),
      authority: v.authority,
    }),
  );
  return (
    <Modal
      open={open}
      title={t('awards.honours.record')}
      onOk={() => form.submit()}
      onCancel={onClose}
      okButtonProps={{ loading: save.isPending, 'data-testid': 'record-save' }}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) =>
          save.mutate(v, {
            onSuccess: () => {
              message.success(t('awards.honours.recorded'));
              form.resetFields(['year', 'decisionNumber', 'decidedOn']);
            },
            onError: (e) => {
              if (!showProblemOnForm(form, e).fields.length) message.error(describeError(e, t));
            },
          })
        }
        data-testid="record-form"
      >
        <Form.Item
          name="unitId"
          label={t('awards.honours.unit')}
          rules={[{ required: true, message: t('awards.form.required') }]}
        >
          <UnitPicker data-testid="record-unit" />
        </Form.Item>
        <Form.Item name="personId" label={t('awards.honours.person')} extra={t('awards.honours.personHelp')}>
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            options={(people.data?.items ?? []).map((p) => ({ value: p.id, label: p.fullName }))}
            data-testid="record-person"
          />
        </Form.Item>
        <Form.Item
          name="awardType"
          label={t('awards.list.award')}
          rules={[{ required: true, message: t('awards.form.required') }]}
        >
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            options={(types.data ?? []).map((a) => ({ value: a.code, label: a.name }))}
            data-testid="record-award"
          />
        </Form.Item>
        <Form.Item
          name="year"
          label={t('awards.list.year')}
          rules={[{ required: true, message: t('awards.form.required') }]}
        >
          <InputNumber min={1945} max={2100} data-testid="record-year" />
        </Form.Item>
        <Form.Item
          name="decisionNumber"
          label={t('awards.decisions.number')}
          rules={[{ required: true, message: t('awards.form.required') }]}
        >
          <Input maxLength={60} data-testid="record-number" />
        </Form.Item>
        <Form.Item
          name="decidedOn"
          label={t('awards.decisions.issuedOn')}
          rules={[{ required: true, message: t('awards.form.required') }]}
        >
          <DatePicker format="DD/MM/YYYY" data-testid="record-date" />
        </Form.Item>
        <Form.Item
          name="authority"
          label={t('awards.decisions.authority')}
          rules={[{ required: true, message: t('awards.form.required') }]}
        >
          <Input maxLength={300} data-testid="record-authority" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
