import { useState } from 'react';
import { App, Button, Card, DatePicker, Empty, Flex, Form, Popconfirm, Select, Table, Typography, Upload } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { DeleteOutlined, DownloadOutlined, PlusOutlined, UploadOutlined, UserAddOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { TitleRegistrationView } from '../../../api/types';
import { describeError } from '../../../api/errors';
import { useCurrentUser } from '../../../auth/currentUser';
import { DownloadButton } from '../../../components/DownloadButton';
import { formatDate, formatDateTime } from '../../../lib/format';
import { UnitPicker } from '../../../components/UnitPicker';
import { cancelRegistration, importStaff, register } from '../api';
import { problemFormErrors, showProblemOnForm } from '../../../lib/formErrors';
import { useAwardAction, useAwardTypes, usePeople, useRegistrations } from '../hooks';
import { yearOptions } from '../../../components/ListFilters';
import { PersonFormModal } from './PersonFormModal';
import { present } from '../../../lib/present';
import { RemoveRowButton } from '../../../components/RowButtons';

interface Entry {
  awardType?: string;
  personId?: string;
}

/** Đăng ký danh hiệu thi đua: a unit's titles for the year, for itself and its people, by entry or from its staff list. */
export function RegistrationsTab() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useCurrentUser();
  const [chosenUnit, setUnit] = useState<string | null>(null);
  const unitId = chosenUnit ?? me.data?.unitId;
  const [year, setYear] = useState(new Date().getFullYear());
  // the date of record: the day the unit registered, today unless the registration is typed in later
  const [registeredOn, setRegisteredOn] = useState<Dayjs | null>(dayjs());
  const day = registeredOn?.format('YYYY-MM-DD');
  const [form] = Form.useForm<{ entries: Entry[] }>();
  const [addingPerson, setAddingPerson] = useState(false);
  const registrations = useRegistrations(unitId, year);
  const people = usePeople(unitId);
  const types = useAwardTypes(unitId);
  const titles = (types.data ?? []).filter((a) => a.category === 'TITLE');
  const save = useAwardAction((entries: Entry[]) =>
    register({
      unitId: present(unitId, 'unit'),
      year,
      registeredOn: day,
      entries: entries.map((e) => ({ awardType: present(e.awardType, 'awardType'), personId: e.personId })),
    }),
  );
  const upload = useAwardAction((file: File) => importStaff(present(unitId, 'unit'), year, file, day));
  const cancel = useAwardAction(cancelRegistration);

  return (
    <Flex vertical gap={16} data-testid="registrations">
      <Flex gap={8} wrap align="center">
        <div style={{ flex: '1 1 280px', maxWidth: 420 }}>
          <UnitPicker
            value={unitId}
            onChange={(v) => setUnit(typeof v === 'string' ? v : null)}
            aria-label={t('components.unitPicker')}
            data-testid="registrations-unit"
          />
        </div>
        <Select
          value={year}
          onChange={setYear}
          options={yearOptions()}
          style={{ width: 110 }}
          aria-label={t('awards.list.year')}
        />
        <DatePicker
          value={registeredOn}
          onChange={setRegisteredOn}
          format="DD/MM/YYYY"
          disabledDate={(d) => d.isAfter(dayjs(), 'day')}
          placeholder={t('awards.registrations.registeredOn')}
          aria-label={t('awards.registrations.registeredOn')}
          data-testid="registration-date"
        />
      </Flex>
      {unitId && (
        <>
          <Card size="small" title={t('awards.registrations.add')}>
            <Form
              form={form}
              initialValues={{ entries: [{}] }}
              onFinish={(v) =>
                save.mutate(v.entries, {
                  onSuccess: () => {
                    form.setFieldsValue({ entries: [{}] });
                    message.success(t('awards.registrations.saved'));
                  },
                  onError: (e) => {
                    if (!showProblemOnForm(form, e).fields.length) message.error(describeError(e, t));
                  },
                })
              }
              data-testid="registration-form"
            >
              <Form.List name="entries">
                {(fields, { add, remove }) => (
                  <Flex vertical gap={4}>
                    {fields.map((f) => (
                      <Flex key={f.key} gap={8} wrap align="flex-start">
                        <Form.Item name={[f.name, 'personId']} style={{ flex: '1 1 220px', marginBottom: 8 }}>
                          <Select
                            allowClear
                            showSearch={{ optionFilterProp: 'label' }}
                            placeholder={t('awards.registrations.forUnit')}
                            aria-label={t('awards.registrations.who')}
                            options={(people.data?.items ?? []).map((p) => ({
                              value: p.id,
                              label: `${p.fullName}${p.position ? ` – ${p.position}` : ''}`,
                            }))}
                            data-testid="registration-person"
                          />
                        </Form.Item>
                        <Form.Item
                          name={[f.name, 'awardType']}
                          rules={[{ required: true, message: t('awards.form.required') }]}
                          style={{ flex: '1 1 220px', marginBottom: 8 }}
                        >
                          <Select
                            showSearch={{ optionFilterProp: 'label' }}
                            placeholder={t('awards.registrations.title')}
                            aria-label={t('awards.registrations.title')}
                            options={titles.map((a) => ({ value: a.code, label: a.name }))}
                            data-testid="registration-title"
                          />
                        </Form.Item>
                        <RemoveRowButton
                          onClick={() => remove(f.name)}
                          label={t('awards.registrations.removeRow')}
                          disabled={fields.length === 1}
                        />
                      </Flex>
                    ))}
                    <Flex gap={8} wrap>
                      <Button icon={<PlusOutlined />} onClick={() => add({})} data-testid="registration-add-row">
                        {t('awards.registrations.addRow')}
                      </Button>
                      <Button icon={<UserAddOutlined />} onClick={() => setAddingPerson(true)} data-testid="person-new">
                        {t('awards.people.new')}
                      </Button>
                      <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="registration-save">
                        {t('awards.registrations.save')}
                      </Button>
                    </Flex>
                  </Flex>
                )}
              </Form.List>
            </Form>
          </Card>
          <Card size="small" title={t('awards.registrations.import')}>
            <Typography.Paragraph type="secondary">{t('awards.registrations.importHelp')}</Typography.Paragraph>
            <Flex gap={8} wrap>
              <Upload
                accept=".xlsx"
                showUploadList={false}
                beforeUpload={(file) => {
                  upload.mutate(file, {
                    onSuccess: (r) =>
                      message.success(
                        t('awards.registrations.imported', {
                          rows: r.rows,
                          people: r.peopleCreated,
                          created: r.registrationsCreated,
                          already: r.alreadyRegistered,
                        }),
                      ),
                    onError: (e) => {
                      const cells = problemFormErrors(e).fields;
                      message.error(cells.length ? cells.map((c) => c.errors[0]).join('; ') : describeError(e, t));
                    },
                  });
                  return false;
                }}
              >
                <Button icon={<UploadOutlined />} loading={upload.isPending} data-testid="registration-import">
                  {t('awards.registrations.importButton')}
                </Button>
              </Upload>
              <DownloadButton
                path="/api/v1/title-registrations/template"
                filename="mau-dang-ky-danh-hieu.xlsx"
                icon={<DownloadOutlined />}
              >
                {t('awards.registrations.template')}
              </DownloadButton>
            </Flex>
          </Card>
          <Table<TitleRegistrationView>
            rowKey="id"
            size="small"
            loading={registrations.isPending}
            dataSource={registrations.data ?? []}
            pagination={false}
            scroll={{ x: true }}
            data-testid="registrations-table"
            locale={{
              emptyText: (
                <Empty
                  image={Empty.PRESENTED_IMAGE_SIMPLE}
                  description={t('awards.registrations.empty', { year })}
                  data-testid="registrations-empty"
                />
              ),
            }}
            columns={[
              { title: t('awards.registrations.who'), render: (_, r) => r.personName ?? <strong>{r.unitName}</strong> },
              { title: t('awards.people.position'), dataIndex: 'personPosition', responsive: ['md'] },
              { title: t('awards.registrations.title'), dataIndex: 'awardTypeName' },
              {
                title: t('awards.registrations.registeredOn'),
                render: (_, r) => formatDate(r.registeredOn),
                width: 120,
              },
              {
                title: t('awards.registrations.by'),
                render: (_, r) => `${r.registeredBy} · ${formatDateTime(r.registeredAt)}`,
                responsive: ['lg'],
              },
              {
                title: '',
                width: 48,
                render: (_, r) => (
                  <Popconfirm
                    title={t('awards.registrations.cancelConfirm')}
                    onConfirm={() => cancel.mutate(r.id, { onError: (e) => message.error(describeError(e, t)) })}
                  >
                    <Button
                      type="text"
                      danger
                      icon={<DeleteOutlined />}
                      aria-label={t('awards.registrations.cancel')}
                    />
                  </Popconfirm>
                ),
              },
            ]}
          />
          <PersonFormModal open={addingPerson} onClose={() => setAddingPerson(false)} unitId={unitId} year={year} />
        </>
      )}
    </Flex>
  );
}
