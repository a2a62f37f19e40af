import { useMemo } from 'react';
import { Form, Input, Select, TreeSelect, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import type { UnitNode } from '../../../api/types';
import { UNIT_KINDS, unitKindLabelKey } from '../kinds';
import { filterParentOption, parentOptions } from '../../../lib/unitTree';
import { NAME_MAX, SHORT_NAME_MAX, parentRequired, type UnitFormValues } from '../formModel';

export const UNIT_FORM_ID = 'unit-form';

interface Props {
  form: FormInstance<UnitFormValues>;
  tree: readonly UnitNode[] | undefined;
  treeLoading?: boolean;
  /** The unit being edited: it and its subtree cannot be chosen as its parent. */
  editingId?: string;
  initialValues: UnitFormValues;
  onFinish: (values: UnitFormValues) => void;
  disabled?: boolean;
}

/** Name, short name, kind and parent of a unit, with Vietnamese validation messages. */
export function UnitForm({ form, tree, treeLoading, editingId, initialValues, onFinish, disabled }: Props) {
  const { t } = useTranslation();
  const treeData = useMemo(
    () => parentOptions(tree, editingId, initialValues.parentId),
    [tree, editingId, initialValues.parentId],
  );
  return (
    <Form<UnitFormValues>
      form={form}
      id={UNIT_FORM_ID}
      name="unit"
      layout="vertical"
      initialValues={initialValues}
      onFinish={onFinish}
      disabled={disabled}
      requiredMark
      scrollToFirstError
      data-testid="unit-form"
    >
      <Form.Item
        name="name"
        label={t('units.form.name')}
        rules={[
          { required: true, whitespace: true, message: t('units.form.nameRequired') },
          { max: NAME_MAX, message: t('units.form.nameTooLong', { max: NAME_MAX }) },
        ]}
      >
        <Input
          placeholder={t('units.form.namePlaceholder')}
          maxLength={NAME_MAX + 20}
          autoComplete="off"
          data-testid="unit-form-name"
        />
      </Form.Item>
      <Form.Item
        name="shortName"
        label={t('units.form.shortName')}
        rules={[{ max: SHORT_NAME_MAX, message: t('units.form.shortNameTooLong', { max: SHORT_NAME_MAX }) }]}
      >
        <Input
          placeholder={t('units.form.shortNamePlaceholder')}
          autoComplete="off"
          data-testid="unit-form-short-name"
        />
      </Form.Item>
      <Form.Item
        name="kind"
        label={t('units.form.kind')}
        rules={[{ required: true, message: t('units.form.kindRequired') }]}
      >
        <Select
          placeholder={t('units.form.kindPlaceholder')}
          options={UNIT_KINDS.map((k) => ({ value: k, label: t(unitKindLabelKey(k)) }))}
          data-testid="unit-form-kind"
        />
      </Form.Item>
      <Form.Item noStyle dependencies={['kind']}>
        {({ getFieldValue }) => {
          const required = parentRequired(getFieldValue('kind'));
          return (
            <Form.Item
              name="parentId"
              label={t('units.form.parent')}
              extra={t('units.form.parentHint')}
              required={required}
              rules={[
                {
                  validator: (_, value) =>
                    required && !value ? Promise.reject(new Error(t('units.form.parentRequired'))) : Promise.resolve(),
                },
              ]}
            >
              <TreeSelect
                placeholder={t('units.form.parentPlaceholder')}
                treeData={treeData}
                loading={treeLoading}
                allowClear
                treeDefaultExpandAll
                showSearch={{
                  filterTreeNode: (input, node) => filterParentOption(input, node),
                }}
                popupMatchSelectWidth
                listHeight={320}
                data-testid="unit-form-parent"
              />
            </Form.Item>
          );
        }}
      </Form.Item>
    </Form>
  );
}
