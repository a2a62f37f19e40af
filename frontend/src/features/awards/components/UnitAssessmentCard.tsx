import { App, Button, Card, Checkbox, Form, InputNumber, Select, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TaskRating } from '../../../api/types';
import { describeError } from '../../../api/errors';
import { assessUnit } from '../api';
import { useAssessments, useAwardAction } from '../hooks';
import { ratingKey, TASK_RATINGS } from '../labels';

interface Values {
  year: number;
  rating: TaskRating;
  underInspection: boolean;
}

/** Xếp loại tập thể: the collective's own rating each year (the rules of Tập thể lao động xuất sắc read it). */
export function UnitAssessmentCard({ unitId, editable }: { unitId: string; editable: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const assessments = useAssessments(unitId);
  const save = useAwardAction((v: Values) =>
    assessUnit(unitId, v.year, { rating: v.rating, underInspection: v.underInspection }),
  );
  return (
    <Card size="small" title={t('awards.assessment.title')} data-testid="unit-assessment">
      {editable && (
        <Form
          form={form}
          layout="inline"
          initialValues={{ year: new Date().getFullYear(), underInspection: false }}
          onFinish={(v) =>
            save.mutate(v, {
              onSuccess: () => message.success(t('awards.assessment.saved')),
              onError: (e) => message.error(describeError(e, t)),
            })
          }
          style={{ rowGap: 8, marginBottom: 12 }}
        >
          <Form.Item name="year" rules={[{ required: true }]}>
            <InputNumber min={2000} max={2100} aria-label={t('awards.list.year')} />
          </Form.Item>
          <Form.Item
            name="rating"
            rules={[{ required: true, message: t('awards.form.required') }]}
            style={{ minWidth: 240 }}
          >
            <Select
              placeholder={t('awards.assessment.rating')}
              aria-label={t('awards.assessment.rating')}
              options={TASK_RATINGS.map((r) => ({ value: r, label: t(ratingKey(r)) }))}
            />
          </Form.Item>
          <Form.Item name="underInspection" valuePropName="checked">
            <Checkbox>{t('awards.people.underInspection')}</Checkbox>
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            {t('common.save')}
          </Button>
        </Form>
      )}
      <Table
        rowKey="year"
        size="small"
        pagination={false}
        loading={assessments.isPending}
        dataSource={assessments.data ?? []}
        locale={{ emptyText: t('awards.assessment.none') }}
        columns={[
          { title: t('awards.list.year'), dataIndex: 'year', width: 80 },
          { title: t('awards.assessment.rating'), render: (_, a) => t(ratingKey(a.rating)) },
          {
            title: '',
            render: (_, a) => a.underInspection && <Tag color="red">{t('awards.people.underInspection')}</Tag>,
          },
        ]}
      />
    </Card>
  );
}
