import { App, Form, Input, InputNumber, Modal, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { RecipientKind } from '../../../api/types';
import { describeError } from '../../../api/errors';
import { UnitPicker } from '../../../components/UnitPicker';
import { createNomination } from '../api';
import { showProblemOnForm } from '../../../lib/formErrors';
import { useAwardAction, useAwardTypes, usePeople } from '../hooks';
import { RECIPIENT_KINDS, recipientKey } from '../labels';

interface Values {
  kind: 'UNIT' | 'AD_HOC';
  proposerUnitId: string;
  nomineeKind: RecipientKind;
  nomineeUnitId?: string;
  personId?: string;
  householdName?: string;
  year: number;
  occasion?: string;
  awardType?: string;
  achievement: string;
}

interface Props {
  open: boolean;
  onClose: () => void;
  defaultUnitId?: string;
}

/** Lập đề nghị: by the unit (yearly) or ad hoc for an occasion; the nominee is a collective, a person of the unit or a household. */
export function NominationFormModal({ open, onClose, defaultUnitId }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form);
  const nomineeKind = Form.useWatch('nomineeKind', form);
  const proposer = Form.useWatch('proposerUnitId', form);
  const nomineeUnit = Form.useWatch('nomineeUnitId', form);
  const types = useAwardTypes(proposer);
  const people = usePeople(nomineeKind === 'INDIVIDUAL' ? (nomineeUnit ?? proposer) : undefined);
  const create = useAwardAction(createNomination);
  const awardOptions = (types.data ?? [])
    .filter((a) => !nomineeKind || a.recipientKinds?.includes(nomineeKind))
    .map((a) => ({ value: a.code, label: a.name }));

  const finish = (v: Values) =>
    create.mutate(
      {
        kind: v.kind,
        proposerUnitId: v.proposerUnitId,
        nomineeKind: v.nomineeKind,
        nomineeUnitId: v.nomineeKind === 'INDIVIDUAL' ? undefined : v.nomineeUnitId,
        personId: v.nomineeKind === 'INDIVIDUAL' ? v.personId : undefined,
        householdName: v.nomineeKind === 'HOUSEHOLD' ? v.householdName : undefined,
        year: v.year,
        occasion: v.occasion,
        awardType: v.awardType,
        achievement: v.achievement,
      },
      {
        onSuccess: (n) => {
          onClose();
          form.resetFields();
          navigate(`/awards/nominations/${n.id}`);
        },
        onError: (e) => {
          if (!showProblemOnForm(form, e).fields.length) message.error(describeError(e, t));
        },
      },
    );

  return (
    <Modal
      open={open}
      title={t('awards.form.title')}
      okText={t('awards.form.create')}
      onOk={() => form.submit()}
      okButtonProps={{ loading: create.isPending, 'data-testid': 'nomination-form-save' }}
      onCancel={onClose}
      width={640}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={finish}
        initialValues={{
          kind: 'UNIT',
          nomineeKind: 'INDIVIDUAL',
          year: new Date().getFullYear(),
          proposerUnitId: defaultUnitId,
        }}
        data-testid="nomination-form"
      >
        <Form.Item name="kind" label={t('awards.form.kind')}>
          <Radio.Group
            options={[
              { value: 'UNIT', label: t('awards.origin.UNIT') },
              { value: 'AD_HOC', label: t('awards.origin.AD_HOC') },
            ]}
          />
        </Form.Item>
        <Form.Item
          name="proposerUnitId"
          label={t('awards.form.proposer')}
          rules={[{ required: true, message: t('awards.form.required') }]}
        >
          <UnitPicker data-testid="nomination-proposer" />
        </Form.Item>
        <Form.Item name="nomineeKind" label={t('awards.form.nomineeKind')}>
          <Radio.Group options={RECIPIENT_KINDS.map((k) => ({ value: k, label: t(recipientKey(k)) }))} />
        </Form.Item>
        {nomineeKind !== 'INDIVIDUAL' ? (
          <Form.Item
            name="nomineeUnitId"
            label={nomineeKind === 'HOUSEHOLD' ? t('awards.form.village') : t('awards.form.collective')}
            rules={[{ required: true, message: t('awards.form.required') }]}
          >
            <UnitPicker data-testid="nomination-nominee-unit" />
          </Form.Item>
        ) : (
          <>
            <Form.Item name="nomineeUnitId" label={t('awards.form.personUnit')}>
              <UnitPicker data-testid="nomination-person-unit" />
            </Form.Item>
            <Form.Item
              name="personId"
              label={t('awards.form.person')}
              rules={[{ required: true, message: t('awards.form.required') }]}
            >
              <Select
                showSearch={{ optionFilterProp: 'label' }}
                loading={people.isFetching}
                options={(people.data?.items ?? []).map((p) => ({
                  value: p.id,
                  label: `${p.fullName}${p.position ? ` – ${p.position}` : ''}`,
                }))}
                data-testid="nomination-person"
              />
            </Form.Item>
          </>
        )}
        {nomineeKind === 'HOUSEHOLD' && (
          <Form.Item
            name="householdName"
            label={t('awards.form.household')}
            rules={[{ required: true, message: t('awards.form.required') }]}
          >
            <Input maxLength={300} />
          </Form.Item>
        )}
        <Form.Item
          name="year"
          label={t('awards.form.year')}
          rules={[{ required: true, message: t('awards.form.required') }]}
        >
          <InputNumber min={2000} max={2100} />
        </Form.Item>
        {kind === 'AD_HOC' && (
          <Form.Item
            name="occasion"
            label={t('awards.form.occasion')}
            rules={[{ required: true, message: t('awards.form.required') }]}
          >
            <Input maxLength={300} />
          </Form.Item>
        )}
        <Form.Item name="awardType" label={t('awards.form.awardType')}>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            allowClear
            options={awardOptions}
            loading={types.isPending}
            data-testid="nomination-award"
          />
        </Form.Item>
        <Form.Item
          name="achievement"
          label={t('awards.form.achievement')}
          rules={[{ required: true, whitespace: true, message: t('awards.form.required') }]}
        >
          <Input.TextArea rows={4} maxLength={20000} data-testid="nomination-achievement" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
