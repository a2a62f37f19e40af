import { App, Flex, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { InitiativeLevel, TaskRating } from '../../../api/types';
import { describeError } from '../../../api/errors';
import { createPerson } from '../api';
import { showProblemOnForm } from '../../../lib/formErrors';
import { useAwardAction } from '../hooks';
import { INITIATIVE_LEVELS, levelKey, ratingKey, TASK_RATINGS } from '../labels';
import { PersonIdentityFields } from './PersonIdentityFields';

interface Values {
  fullName: string;
  gender: 'MALE' | 'FEMALE';
  birthYear?: number;
  position?: string;
  rating?: TaskRating;
  initiativeTitle?: string;
  initiativeLevel?: InitiativeLevel;
  initiativeYear?: number;
}

/** Records a person of the unit, with this year's task rating when known. */
export function PersonFormModal({
  open,
  onClose,
  unitId,
  year,
}: {
  open: boolean;
  onClose: () => void;
  unitId: string;
  year: number;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const create = useAwardAction(createPerson);
  const finish = (v: Values) =>
    create.mutate(
      {
        unitId,
        fullName: v.fullName,
        gender: v.gender,
        birthYear: v.birthYear,
        position: v.position,
        ratings: v.rating ? { [year]: v.rating } : {},
        initiatives:
          v.initiativeTitle && v.initiativeLevel
            ? [{ title: v.initiativeTitle, level: v.initiativeLevel, year: v.initiativeYear ?? year }]
            : [],
        disciplines: [],
        underInspection: false,
        underComplaint: false,
      },
      {
        onSuccess: () => {
          form.resetFields();
          onClose();
        },
        onError: (e) => {
          if (!showProblemOnForm(form, e).fields.length) message.error(describeError(e, t));
        },
      },
    );
  return (
    <Modal
      open={open}
      title={t('awards.people.new')}
      onOk={() => form.submit()}
      onCancel={onClose}
      okButtonProps={{ loading: create.isPending, 'data-testid': 'person-save' }}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ gender: 'MALE' }}
        onFinish={finish}
        data-testid="person-form"
      >
        <PersonIdentityFields />
        <Form.Item name="rating" label={t('awards.people.rating', { year })}>
          <Select
            allowClear
            options={TASK_RATINGS.map((r) => ({ value: r, label: t(ratingKey(r)) }))}
            data-testid="person-rating"
          />
        </Form.Item>
        <Form.Item name="initiativeTitle" label={t('awards.people.initiative')}>
          <Input maxLength={500} data-testid="person-initiative" />
        </Form.Item>
        <Flex gap={12} wrap>
          <Form.Item name="initiativeLevel" label={t('awards.people.initiativeLevel')} style={{ flex: '1 1 180px' }}>
            <Select
              allowClear
              options={INITIATIVE_LEVELS.map((l) => ({ value: l, label: t(levelKey(l)) }))}
              data-testid="person-initiative-level"
            />
          </Form.Item>
          <Form.Item name="initiativeYear" label={t('awards.people.initiativeYear')}>
            <InputNumber min={1945} max={2100} placeholder={String(year)} />
          </Form.Item>
        </Flex>
      </Form>
    </Modal>
  );
}
