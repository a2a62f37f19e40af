import { useState } from 'react';
import { App, Checkbox, DatePicker, Form, Input, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { BlocKind, BlocView } from '../../../api/types';
import { saveFailureMessages } from '../../../lib/formErrors';
import { UnitPicker } from '../../../components/UnitPicker';
import { useCreateBloc, useUpdateBloc } from '../hooks';
import { BLOC_KINDS, blocKindKey } from '../labels';
import { present } from '../../../lib/present';
import { FormModal } from '../../../components/FormModal';

const FIELDS = [
  'organizingUnitId',
  'code',
  'name',
  'kind',
  'description',
  'number',
  'date',
  'issuer',
  'crossScoring',
] as const;

interface Values {
  organizingUnitId?: string;
  code: string;
  name: string;
  kind?: BlocKind;
  description?: string;
  number?: string;
  date?: Dayjs | null;
  issuer?: string;
  crossScoring: boolean;
}

interface Props {
  bloc?: BlocView;
  onClose: () => void;
  onSaved?: (bloc: BlocView) => void;
}

/** Create a bloc under an organizing unit, or edit its description; server field errors land on their fields. */
export function BlocFormModal({ bloc, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const create = useCreateBloc();
  const update = useUpdateBloc();
  const [errors, setErrors] = useState<string[]>([]);
  const saving = create.isPending || update.isPending;
  const doc = bloc?.foundingDocument;

  const initialValues: Values = {
    organizingUnitId: bloc?.organizingUnit?.id,
    code: bloc?.code ?? '',
    name: bloc?.name ?? '',
    kind: bloc?.kind ?? 'BLOC',
    description: bloc?.description ?? '',
    number: doc?.number ?? '',
    date: doc?.date ? dayjs(doc.date) : null,
    issuer: doc?.issuer ?? '',
    crossScoring: bloc?.crossScoring ?? false,
  };

  const onFinish = async (v: Values) => {
    setErrors([]);
    const foundingDocument =
      v.number || v.date || v.issuer
        ? {
            number: v.number || undefined,
            date: v.date ? v.date.format('YYYY-MM-DD') : undefined,
            issuer: v.issuer || undefined,
          }
        : undefined;
    const common = {
      code: v.code.trim(),
      name: v.name.trim(),
      kind: present(v.kind, 'kind'),
      description: v.description || undefined,
      foundingDocument,
      crossScoring: v.crossScoring,
    };
    try {
      const saved = bloc?.id
        ? await update.mutateAsync({ id: bloc.id, body: { ...common, version: bloc.version ?? 0 } })
        : await create.mutateAsync({ ...common, organizingUnitId: present(v.organizingUnitId, 'organizingUnitId') });
      message.success(t(bloc ? 'blocs.messages.updated' : 'blocs.messages.created', { name: saved.name }));
      onSaved?.(saved);
      onClose();
    } catch (error) {
      setErrors(
        saveFailureMessages(form, error, t, { names: FIELDS, conflict: bloc ? t('blocs.form.conflict') : undefined }),
      );
    }
  };

  return (
    <FormModal
      form={form}
      title={bloc ? t('blocs.form.editTitle') : t('blocs.form.createTitle')}
      onCancel={onClose}
      confirmLoading={saving}
      data-testid="bloc-form-modal"
      okButtonProps={{ 'data-testid': 'bloc-form-submit' }}
      errors={errors}
      errorsTitle={t('blocs.form.invalidTitle')}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={(v) => void onFinish(v)}
        disabled={saving}
      >
        {!bloc && (
          <Form.Item
            name="organizingUnitId"
            label={t('blocs.form.organizer')}
            rules={[{ required: true, message: t('blocs.form.organizerRequired') }]}
          >
            <UnitPicker placeholder={t('blocs.form.organizerPlaceholder')} data-testid="bloc-form-organizer" />
          </Form.Item>
        )}
        <Form.Item
          name="code"
          label={t('blocs.form.code')}
          rules={[{ required: true, whitespace: true, message: t('blocs.form.codeRequired') }, { max: 50 }]}
        >
          <Input placeholder={t('blocs.form.codePlaceholder')} autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('blocs.form.name')}
          rules={[{ required: true, whitespace: true, message: t('blocs.form.nameRequired') }, { max: 300 }]}
        >
          <Input placeholder={t('blocs.form.namePlaceholder')} autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="kind"
          label={t('blocs.form.kind')}
          rules={[{ required: true, message: t('blocs.form.kindRequired') }]}
        >
          <Select options={BLOC_KINDS.map((k) => ({ value: k, label: t(blocKindKey(k)) }))} />
        </Form.Item>
        <Form.Item name="description" label={t('blocs.form.description')} rules={[{ max: 4000 }]}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
        <Form.Item name="number" label={t('blocs.form.docNumber')} rules={[{ max: 100 }]}>
          <Input placeholder={t('blocs.form.docNumberPlaceholder')} autoComplete="off" />
        </Form.Item>
        <Form.Item name="date" label={t('blocs.form.docDate')}>
          <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs())} />
        </Form.Item>
        <Form.Item name="issuer" label={t('blocs.form.docIssuer')} rules={[{ max: 300 }]}>
          <Input placeholder={t('blocs.form.docIssuerPlaceholder')} autoComplete="off" />
        </Form.Item>
        <Form.Item name="crossScoring" valuePropName="checked">
          <Checkbox>{t('blocs.form.crossScoring')}</Checkbox>
        </Form.Item>
      </Form>
    </FormModal>
  );
}
