import { useState } from 'react';
import { Alert, App, Button, Flex, Form, Modal } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useQueryClient } from '@tanstack/react-query';
import type { UnitNode, UnitView } from '../../../api/types';
import { isApiError } from '../../../api/problem';
import { showProblemOnForm } from '../../../lib/formErrors';
import { focusFirstField, SaveErrors } from '../../../components/FormModal';
import { describeError, isConflict } from '../../../api/errors';
import { UnitForm, UNIT_FORM_ID } from './UnitForm';
import { UNIT_FORM_FIELDS, formValuesFromUnit, toNewUnit, toUnitUpdate, type UnitFormValues } from '../formModel';
import { useCreateUnit, useUpdateUnit, unitKeys } from '../hooks';
import { fetchUnit } from '../api';

export type UnitEditorState = { mode: 'create'; parentId?: string } | { mode: 'edit'; unit: UnitView };

interface Props {
  editor: UnitEditorState;
  tree: readonly UnitNode[] | undefined;
  treeLoading?: boolean;
  onClose: () => void;
}

/** Create or edit a unit. Server field errors land on their fields; a stale version (409) gets a clear reload path. */
export function UnitFormModal({ editor, tree, treeLoading, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<UnitFormValues>();
  const create = useCreateUnit();
  const update = useUpdateUnit();
  const editing = editor.mode === 'edit' ? editor.unit : undefined;
  const [version, setVersion] = useState<number>(editing?.version ?? 0);
  const [generalErrors, setGeneralErrors] = useState<string[]>([]);
  const [conflict, setConflict] = useState(false);
  const [reloading, setReloading] = useState(false);
  const saving = create.isPending || update.isPending;

  const initialValues: UnitFormValues = editing
    ? formValuesFromUnit(editing)
    : {
        name: '',
        shortName: '',
        kind: undefined,
        parentId: editor.mode === 'create' ? (editor.parentId ?? null) : null,
      };

  const showServerError = (error: unknown) => {
    if (editing && isConflict(error)) {
      setConflict(true);
      return;
    }
    if (
      isApiError(error) &&
      error.problem &&
      error.status >= 400 &&
      error.status < 500 &&
      error.status !== 401 &&
      error.status !== 403
    ) {
      const { other } = showProblemOnForm(form, error, UNIT_FORM_FIELDS);
      setGeneralErrors(other);
      return;
    }
    setGeneralErrors([describeError(error, t)]);
  };

  const onFinish = async (values: UnitFormValues) => {
    setGeneralErrors([]);
    try {
      if (editing?.id) {
        const saved = await update.mutateAsync({ id: editing.id, body: toUnitUpdate(values, version) });
        message.success(t('units.messages.updated', { name: saved?.name ?? values.name }));
      } else {
        const saved = await create.mutateAsync(toNewUnit(values));
        message.success(t('units.messages.created', { name: saved?.name ?? values.name }));
      }
      onClose();
    } catch (error) {
      showServerError(error);
    }
  };

  const reloadLatest = async () => {
    if (!editing?.id) return;
    setReloading(true);
    try {
      const latest = await fetchUnit(editing.id);
      form.resetFields();
      form.setFieldsValue(formValuesFromUnit(latest));
      setVersion(latest.version ?? 0);
      setConflict(false);
      setGeneralErrors([]);
      void queryClient.invalidateQueries({ queryKey: unitKeys.all });
      message.info(t('units.form.reloaded'));
    } catch (error) {
      setGeneralErrors([describeError(error, t)]);
    } finally {
      setReloading(false);
    }
  };

  return (
    <Modal
      open
      title={editing ? t('units.form.editTitle') : t('units.form.createTitle')}
      onCancel={onClose}
      mask={{ closable: !saving }}
      width={600}
      afterOpenChange={focusFirstField}
      data-testid="unit-form-modal"
      footer={[
        <Button key="cancel" onClick={onClose} disabled={saving} data-testid="unit-form-cancel">
          {t('common.cancel')}
        </Button>,
        <Button
          key="save"
          type="primary"
          htmlType="submit"
          form={UNIT_FORM_ID}
          loading={saving}
          disabled={conflict}
          data-testid="unit-form-submit"
        >
          {t('common.save')}
        </Button>,
      ]}
    >
      {conflict && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={t('units.form.conflictTitle')}
          description={
            <Flex vertical gap={8} align="flex-start">
              <span>{t('units.form.conflictDetail')}</span>
              <Button
                size="small"
                icon={<ReloadOutlined />}
                loading={reloading}
                onClick={() => void reloadLatest()}
                data-testid="unit-form-reload"
              >
                {t('units.form.reload')}
              </Button>
            </Flex>
          }
          data-testid="unit-form-conflict"
        />
      )}
      <SaveErrors errors={generalErrors} title={t('units.form.invalidTitle')} testId="unit-form-errors" />
      <UnitForm
        form={form}
        tree={tree}
        treeLoading={treeLoading}
        editingId={editing?.id}
        initialValues={initialValues}
        onFinish={(values) => void onFinish(values)}
        disabled={saving}
      />
    </Modal>
  );
}
