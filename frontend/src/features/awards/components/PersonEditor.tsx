import { useEffect } from 'react';
import {
  App,
  Button,
  Checkbox,
  DatePicker,
  Drawer,
  Flex,
  Form,
  Input,
  InputNumber,
  List,
  Select,
  Tag,
  Typography,
} from 'antd';
import { useTranslation } from 'react-i18next';
import dayjs, { type Dayjs } from 'dayjs';
import type { DisciplineForm, InitiativeLevel, PersonView, TaskRating } from '../../../api/types';
import { describeError } from '../../../api/errors';
import { formatDate } from '../../../lib/format';
import { updatePerson } from '../api';
import { showProblemOnForm } from '../../../lib/formErrors';
import { useAwardAction, usePerson, usePersonHonours } from '../hooks';
import { PersonIdentityFields } from './PersonIdentityFields';
import { DISCIPLINE_FORMS, disciplineKey, INITIATIVE_LEVELS, levelKey, ratingKey, TASK_RATINGS } from '../labels';
import { present } from '../../../lib/present';
import { FormRows, RowCell } from '../../../components/FormRows';

interface Values {
  fullName: string;
  gender: 'MALE' | 'FEMALE';
  birthYear?: number;
  position?: string;
  ratings: { year: number; rating: TaskRating }[];
  initiatives: { year: number; title: string; level: InitiativeLevel; recognition?: string }[];
  disciplines: { form: DisciplineForm; period: [Dayjs, Dayjs]; reason?: string }[];
  underInspection: boolean;
  underComplaint: boolean;
  holdNote?: string;
}

function toValues(p: PersonView): Values {
  return {
    fullName: p.fullName ?? '',
    gender: p.gender ?? 'MALE',
    birthYear: p.birthYear,
    position: p.position,
    ratings: Object.entries(p.ratings ?? {})
      .map(([year, rating]) => ({ year: Number(year), rating }))
      .sort((a, b) => b.year - a.year),
    initiatives: (p.initiatives ?? []).map((i) => ({
      year: i.year,
      title: i.title,
      level: i.level,
      recognition: i.recognition,
    })),
    disciplines: (p.disciplines ?? []).map((d) => ({
      form: d.form,
      period: [dayjs(d.from), dayjs(d.to)] as [Dayjs, Dayjs],
      reason: d.reason,
    })),
    underInspection: !!p.underInspection,
    underComplaint: !!p.underComplaint,
    holdNote: p.holdNote,
  };
}

/** A person's record across the years: ratings, initiatives, discipline, holds, and the honours already received. */
export function PersonEditor({ personId, onClose }: { personId?: string; onClose: () => void }) {
  const { t } = useTranslation();
  // the yearly facts' lists: rows wrap on a phone, each with its delete button
  const required = t('awards.form.required');
  const rowLayout = {
    removeLabel: t('awards.registrations.removeRow'),
    addStyle: { marginBottom: 16 },
    wrap: true,
    align: 'flex-start' as const,
  };
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const person = usePerson(personId);
  const honours = usePersonHonours(personId);
  const p = person.data;
  const save = useAwardAction((v: Values) =>
    updatePerson(present(personId, 'person'), {
      unitId: present(p, 'person').unitId,
      fullName: v.fullName,
      gender: v.gender,
      birthYear: v.birthYear,
      position: v.position,
      ratings: Object.fromEntries(v.ratings.map((r) => [String(r.year), r.rating])),
      initiatives: v.initiatives,
      disciplines: v.disciplines.map((d) => ({
        form: d.form,
        from: d.period[0].format('YYYY-MM-DD'),
        to: d.period[1].format('YYYY-MM-DD'),
        reason: d.reason,
      })),
      underInspection: v.underInspection,
      underComplaint: v.underComplaint,
      holdNote: v.holdNote,
      version: p?.version,
    }),
  );
  useEffect(() => {
    if (p) form.setFieldsValue(toValues(p));
  }, [p, form]);
  const editable = !!p?.editable;

  return (
    <Drawer
      open={!!personId}
      onClose={onClose}
      width="min(720px, 100vw)"
      title={p?.fullName}
      data-testid="person-editor"
      extra={
        editable && (
          <Button
            type="primary"
            loading={save.isPending}
            onClick={() => form.submit()}
            data-testid="person-editor-save"
          >
            {t('common.save')}
          </Button>
        )
      }
    >
      {p && (
        <Form
          form={form}
          layout="vertical"
          disabled={!editable}
          onFinish={(v) =>
            save.mutate(v, {
              onSuccess: () => message.success(t('awards.people.saved')),
              onError: (e) => {
                if (!showProblemOnForm(form, e).fields.length) message.error(describeError(e, t));
              },
            })
          }
        >
          <Typography.Text type="secondary">{p.unitName}</Typography.Text>
          <div style={{ marginTop: 8 }}>
            <PersonIdentityFields />
          </div>

          <Typography.Title level={5}>{t('awards.people.ratings')}</Typography.Title>
          <FormRows
            name="ratings"
            newRow={{ year: new Date().getFullYear() }}
            addLabel={t('awards.people.addRating')}
            {...rowLayout}
          >
            {(f) => (
              <>
                <RowCell name={[f.name, 'year']} requiredMessage={required}>
                  <InputNumber
                    min={1945}
                    max={2100}
                    placeholder={t('awards.list.year')}
                    aria-label={t('awards.list.year')}
                  />
                </RowCell>
                <RowCell name={[f.name, 'rating']} flex="1 1 220px" requiredMessage={required}>
                  <Select
                    options={TASK_RATINGS.map((r) => ({ value: r, label: t(ratingKey(r)) }))}
                    aria-label={t('awards.people.rating', { year: '' })}
                  />
                </RowCell>
              </>
            )}
          </FormRows>

          <Typography.Title level={5}>{t('awards.people.initiatives')}</Typography.Title>
          <FormRows
            name="initiatives"
            newRow={{ year: new Date().getFullYear(), level: 'GRASSROOTS' }}
            addLabel={t('awards.people.addInitiative')}
            {...rowLayout}
          >
            {(f) => (
              <>
                <RowCell name={[f.name, 'year']} requiredMessage={required}>
                  <InputNumber min={1945} max={2100} aria-label={t('awards.people.initiativeYear')} />
                </RowCell>
                <RowCell name={[f.name, 'title']} flex="2 1 220px" requiredMessage={required} whitespace>
                  <Input placeholder={t('awards.people.initiative')} maxLength={500} />
                </RowCell>
                <RowCell name={[f.name, 'level']} flex="1 1 140px" requiredMessage={required}>
                  <Select
                    options={INITIATIVE_LEVELS.map((l) => ({ value: l, label: t(levelKey(l)) }))}
                    aria-label={t('awards.people.initiativeLevel')}
                  />
                </RowCell>
                <RowCell name={[f.name, 'recognition']} flex="1 1 160px">
                  <Input placeholder={t('awards.people.recognition')} maxLength={300} />
                </RowCell>
              </>
            )}
          </FormRows>

          <Typography.Title level={5}>{t('awards.people.disciplines')}</Typography.Title>
          <FormRows
            name="disciplines"
            newRow={{ form: 'REPRIMAND' }}
            addLabel={t('awards.people.addDiscipline')}
            {...rowLayout}
          >
            {(f) => (
              <>
                <RowCell name={[f.name, 'form']} flex="1 1 160px" requiredMessage={required}>
                  <Select
                    options={DISCIPLINE_FORMS.map((d) => ({ value: d, label: t(disciplineKey(d)) }))}
                    aria-label={t('awards.people.disciplineForm')}
                  />
                </RowCell>
                <RowCell name={[f.name, 'period']} requiredMessage={required}>
                  <DatePicker.RangePicker format="DD/MM/YYYY" />
                </RowCell>
                <RowCell name={[f.name, 'reason']} flex="1 1 160px">
                  <Input placeholder={t('awards.people.disciplineReason')} maxLength={500} />
                </RowCell>
              </>
            )}
          </FormRows>

          <Flex gap={16} wrap>
            <Form.Item name="underInspection" valuePropName="checked" style={{ marginBottom: 8 }}>
              <Checkbox>{t('awards.people.underInspection')}</Checkbox>
            </Form.Item>
            <Form.Item name="underComplaint" valuePropName="checked" style={{ marginBottom: 8 }}>
              <Checkbox>{t('awards.people.underComplaint')}</Checkbox>
            </Form.Item>
          </Flex>
          <Form.Item name="holdNote" label={t('awards.people.holdNote')}>
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
        </Form>
      )}
      <Typography.Title level={5}>{t('awards.people.history')}</Typography.Title>
      <List
        size="small"
        loading={honours.isPending}
        dataSource={honours.data?.items ?? []}
        locale={{ emptyText: t('awards.honours.empty') }}
        renderItem={(h) => (
          <List.Item>
            <span>
              <strong>{h.year}</strong> · {h.awardTypeName} · {h.decisionNumber} ({formatDate(h.decidedOn)}){' '}
              {h.revoked && <Tag color="red">{t('awards.honours.revoked')}</Tag>}
            </span>
          </List.Item>
        )}
      />
    </Drawer>
  );
}
