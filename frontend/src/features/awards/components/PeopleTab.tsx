import { useState } from 'react';
import { Button, Flex, Input, Table, Tag } from 'antd';
import { UserAddOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { PersonSummary } from '../../../api/types';
import { useCurrentUser } from '../../../auth/currentUser';
import { useSession } from '../../../auth/session';
import { UnitPicker } from '../../../components/UnitPicker';
import { usePeople } from '../hooks';
import { PersonEditor } from './PersonEditor';
import { PersonFormModal } from './PersonFormModal';
import { UnitAssessmentCard } from './UnitAssessmentCard';

/** Cá nhân: the people of a unit with the facts the rules look at; each one's record and honours. */
export function PeopleTab() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const { permissions } = useSession();
  const [chosenUnit, setUnit] = useState<string | null>(null);
  const unitId = chosenUnit ?? me.data?.unitId;
  const [q, setQ] = useState('');
  const [open, setOpen] = useState<string>();
  const [adding, setAdding] = useState(false);
  const people = usePeople(unitId, q, true);
  return (
    <Flex vertical gap={12} data-testid="people">
      <Flex gap={8} wrap>
        <div style={{ flex: '1 1 280px', maxWidth: 420 }}>
          <UnitPicker
            value={unitId}
            onChange={(v) => setUnit(typeof v === 'string' ? v : null)}
            aria-label={t('components.unitPicker')}
          />
        </div>
        <Input.Search
          allowClear
          placeholder={t('awards.people.search')}
          aria-label={t('awards.people.search')}
          onSearch={setQ}
          style={{ flex: '1 1 200px', maxWidth: 300 }}
        />
        {unitId && (
          <Button icon={<UserAddOutlined />} onClick={() => setAdding(true)}>
            {t('awards.people.new')}
          </Button>
        )}
      </Flex>
      <Table<PersonSummary>
        rowKey="id"
        size="middle"
        loading={people.isFetching}
        dataSource={people.data?.items ?? []}
        pagination={false}
        scroll={{ x: true }}
        onRow={(p) => ({ onClick: () => setOpen(p.id), style: { cursor: 'pointer' } })}
        columns={[
          {
            title: t('awards.people.fullName'),
            render: (_, p) => (
              <Button type="link" style={{ padding: 0 }} onClick={() => setOpen(p.id)}>
                {p.fullName}
              </Button>
            ),
          },
          { title: t('awards.people.position'), dataIndex: 'position' },
          { title: t('awards.honours.unit'), dataIndex: 'unitName', responsive: ['lg'] },
          {
            title: t('awards.people.gender'),
            render: (_, p) => t(p.gender === 'FEMALE' ? 'awards.people.female' : 'awards.people.male'),
            responsive: ['md'],
          },
          { title: t('awards.people.birthYear'), dataIndex: 'birthYear', responsive: ['md'] },
          { title: '', render: (_, p) => p.onHold && <Tag color="red">{t('awards.people.onHold')}</Tag> },
        ]}
      />
      {unitId && <UnitAssessmentCard unitId={unitId} editable={permissions.manageUnits} />}
      <PersonEditor personId={open} onClose={() => setOpen(undefined)} />
      {unitId && (
        <PersonFormModal
          open={adding}
          onClose={() => setAdding(false)}
          unitId={unitId}
          year={new Date().getFullYear()}
        />
      )}
    </Flex>
  );
}
