import { useState } from 'react';
import { Alert, App, Button, Card, Flex, Form, Input, InputNumber } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Covenant, ProblemFieldError } from '../../../api/types';
import { describeError } from '../../../api/errors';
import { isApiError } from '../../../api/problem';
import { useSaveCovenant } from '../hooks';
import { FormModal } from '../../../components/FormModal';

interface ClauseValues {
  content: string;
  criteria?: string;
  maxPoints?: number | null;
}

interface Values {
  title: string;
  theme?: string;
  clauses: ClauseValues[];
}

/** Drafts or revises the covenant of a year: title, theme and as many numbered clauses as the bloc agrees. */
export function CovenantEditorModal({
  blocId,
  year,
  covenant,
  onClose,
}: {
  blocId: string;
  year: number;
  covenant: Covenant | null;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useSaveCovenant(blocId, year);
  const [errors, setErrors] = useState<string[]>([]);
  const signingStarted = covenant != null && covenant.status !== 'DRAFT';

  const initialValues: Values = covenant
    ? {
        title: covenant.title ?? '',
        theme: covenant.theme ?? '',
        clauses: (covenant.clauses ?? []).map((c) => ({
          content: c.content ?? '',
          criteria: c.criteria ?? '',
          maxPoints: c.maxPoints ?? null,
        })),
      }
    : { title: '', theme: '', clauses: [{ content: '', criteria: '', maxPoints: null }] };

  const onFinish = async (v: Values) => {
    setErrors([]);
    try {
      await save.mutateAsync({
        title: v.title.trim(),
        theme: v.theme?.trim() || undefined,
        clauses: v.clauses.map((c) => ({
          content: c.content.trim(),
          criteria: c.criteria?.trim() || undefined,
          maxPoints: c.maxPoints ?? undefined,
        })),
        version: covenant?.version,
      });
      message.success(t('blocs.covenant.saved'));
      onClose();
    } catch (e) {
      if (isApiError(e) && e.problem?.errors?.length) {
        // clauses[2].maxPoints → the field of the third clause
        const problems = e.problem.errors;
        const fields = problems.map((err: ProblemFieldError) => {
          const m = /^clauses\[(\d+)]\.(\w+)$/.exec(err.field ?? '');
          return m
            ? {
                name: ['clauses', Number(m[1]), m[2] as keyof ClauseValues] as ['clauses', number, keyof ClauseValues],
                errors: [err.message ?? ''],
              }
            : null;
        });
        form.setFields(fields.filter((f): f is NonNullable<typeof f> => f != null));
        setErrors(
          problems
            .filter((_: ProblemFieldError, i: number) => !fields[i])
            .map((err: ProblemFieldError) => `${err.field}: ${err.message}`),
        );
      } else {
        setErrors([describeError(e, t)]);
      }
    }
  };

  return (
    <FormModal
      form={form}
      title={t('blocs.covenant.editorTitle', { year })}
      onCancel={onClose}
      confirmLoading={save.isPending}
      width={760}
      okButtonProps={{ 'data-testid': 'covenant-save' }}
      errors={errors}
    >
      {signingStarted && (
        <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={t('blocs.covenant.reviseWarning')} />
      )}
      <Form<Values> form={form} layout="vertical" initialValues={initialValues} onFinish={(v) => void onFinish(v)}>
        <Form.Item
          name="title"
          label={t('blocs.covenant.title')}
          rules={[{ required: true, whitespace: true, message: t('blocs.covenant.titleRequired') }, { max: 500 }]}
        >
          <Input placeholder={t('blocs.covenant.titlePlaceholder')} data-testid="covenant-title" />
        </Form.Item>
        <Form.Item name="theme" label={t('blocs.covenant.theme')} rules={[{ max: 500 }]}>
          <Input placeholder={t('blocs.covenant.themePlaceholder')} data-testid="covenant-theme" />
        </Form.Item>
        <Form.List
          name="clauses"
          rules={[
            {
              validator: (_, value) =>
                value?.length ? Promise.resolve() : Promise.reject(new Error(t('blocs.covenant.clausesRequired'))),
            },
          ]}
        >
          {(fields, { add, remove }, { errors: listErrors }) => (
            <Flex vertical gap={8}>
              {fields.map((field, index) => (
                <Card
                  key={field.key}
                  size="small"
                  title={t('blocs.covenant.clause', { n: index + 1 })}
                  extra={
                    <Button
                      size="small"
                      type="text"
                      danger
                      icon={<DeleteOutlined />}
                      aria-label={t('blocs.covenant.removeClause', { n: index + 1 })}
                      onClick={() => remove(field.name)}
                    />
                  }
                  data-testid="clause-editor"
                >
                  <Form.Item
                    name={[field.name, 'content']}
                    label={t('blocs.covenant.clauseContent', { n: index + 1 })}
                    rules={[
                      { required: true, whitespace: true, message: t('blocs.covenant.clauseContentRequired') },
                      { max: 4000 },
                    ]}
                  >
                    <Input.TextArea autoSize={{ minRows: 1, maxRows: 5 }} />
                  </Form.Item>
                  <Flex gap={12} wrap>
                    <Form.Item
                      name={[field.name, 'criteria']}
                      label={t('blocs.covenant.clauseCriteria')}
                      style={{ flex: '3 1 260px' }}
                      rules={[{ max: 4000 }]}
                    >
                      <Input />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'maxPoints']}
                      label={t('blocs.covenant.clauseMax')}
                      style={{ flex: '1 1 120px' }}
                    >
                      <InputNumber min={0.01} max={99999} step={1} decimalSeparator="," style={{ width: '100%' }} />
                    </Form.Item>
                  </Flex>
                </Card>
              ))}
              <Form.ErrorList errors={listErrors} />
              <Button
                icon={<PlusOutlined />}
                onClick={() => add({ content: '', criteria: '', maxPoints: null })}
                data-testid="clause-add"
              >
                {t('blocs.covenant.addClause')}
              </Button>
            </Flex>
          )}
        </Form.List>
      </Form>
    </FormModal>
  );
}
