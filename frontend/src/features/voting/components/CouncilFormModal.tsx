import { App, Button, DatePicker, Flex, Form, Input, Modal, Select } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import dayjs, { type Dayjs } from 'dayjs';
import type { CouncilRole, CouncilView } from '../../../api/types';
import { describeError } from '../../../api/errors';
import { showProblemOnForm } from '../../../lib/formErrors';
import { createCouncil, updateCouncil } from '../api';
import { useVotingAction } from '../hooks';
import { COUNCIL_ROLES } from '../labels';

interface MemberValues {
  username: string;
  fullName: string;
  title?: string;
  role: CouncilRole;
}

interface Values {
  name: string;
  establishedBy?: string;
  termFrom: Dayjs;
  termTo?: Dayjs;
  members: MemberValues[];
}

interface Props {
  organizingUnitId: string;
  council?: CouncilView;
  onClose: () => void;
}

/** Lập / sửa hội đồng: its members by their sign-in account, each with a role. */
export function CouncilFormModal({ organizingUnitId, council, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useVotingAction((v: Values) => {
    const body = {
      organizingUnitId: council?.organizingUnitId ?? organizingUnitId,
      name: v.name,
      establishedBy: v.establishedBy,
      termFrom: v.termFrom.format('YYYY-MM-DD'),
      termTo: v.termTo?.format('YYYY-MM-DD'),
      members: v.members,
      version: council?.version,
    };
    return council ? updateCouncil(council.id, body) : createCouncil(body);
  });
  const initial: Partial<Values> = council
    ? {
        name: council.name,
        establishedBy: council.establishedBy,
        termFrom: dayjs(council.termFrom),
        termTo: council.termTo ? dayjs(council.termTo) : undefined,
        members: (council.members ?? []).map((m) => ({
          username: m.username,
          fullName: m.fullName,
          title: m.title,
          role: m.role,
        })),
      }
    : {
        name: t('voting.council.defaultName'),
        termFrom: dayjs().startOf('year'),
        members: [
          { username: '', fullName: '', role: 'CHAIR' },
          { username: '', fullName: '', role: 'SECRETARY' },
          { username: '', fullName: '', role: 'MEMBER' },
        ],
      };
  return (
    <Modal
      open
      width={900}
      title={council ? t('voting.council.edit') : t('voting.council.create')}
      okText={t('voting.council.save')}
      okButtonProps={{ loading: save.isPending, 'data-testid': 'council-save' }}
      onCancel={onClose}
      onOk={() => form.submit()}
      data-testid="council-form"
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={initial}
        onFinish={(v) =>
          save.mutate(v, {
            onSuccess: () => {
              message.success(t('voting.council.saved'));
              onClose();
            },
            onError: (e) => {
              if (!showProblemOnForm(form, e).fields.length) message.error(describeError(e, t));
            },
          })
        }
      >
        <Form.Item
          name="name"
          label={t('voting.council.name')}
          rules={[{ required: true, message: t('voting.required') }]}
        >
          <Input maxLength={300} />
        </Form.Item>
        <Flex gap={12} wrap>
          <Form.Item name="establishedBy" label={t('voting.council.establishedBy')} style={{ flex: '1 1 260px' }}>
            <Input maxLength={200} placeholder="Quyết định số 45/QĐ-UBND ngày 10/01/2026" />
          </Form.Item>
          <Form.Item
            name="termFrom"
            label={t('voting.council.termFrom')}
            rules={[{ required: true, message: t('voting.required') }]}
          >
            <DatePicker format="DD/MM/YYYY" />
          </Form.Item>
          <Form.Item name="termTo" label={t('voting.council.termTo')}>
            <DatePicker format="DD/MM/YYYY" />
          </Form.Item>
        </Flex>
        <Form.List name="members">
          {(fields, { add, remove }) => (
            <Flex vertical gap={4}>
              {fields.map((field, i) => (
                <Flex key={field.key} gap={8} wrap align="flex-start" data-testid="council-member-row">
                  <Form.Item
                    name={[field.name, 'fullName']}
                    rules={[{ required: true, message: t('voting.required') }]}
                    style={{ flex: '2 1 180px', marginBottom: 8 }}
                  >
                    <Input placeholder={t('voting.council.fullName')} data-testid={`member-name-${i}`} />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'username']}
                    rules={[{ required: true, message: t('voting.required') }]}
                    style={{ flex: '1 1 130px', marginBottom: 8 }}
                  >
                    <Input placeholder={t('voting.council.username')} data-testid={`member-username-${i}`} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'title']} style={{ flex: '2 1 180px', marginBottom: 8 }}>
                    <Input placeholder={t('voting.council.title')} />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'role']}
                    rules={[{ required: true }]}
                    style={{ flex: '1 1 150px', marginBottom: 8 }}
                  >
                    <Select
                      options={COUNCIL_ROLES.map((r) => ({ value: r, label: t(`voting.councilRole.${r}`) }))}
                      data-testid={`member-role-${i}`}
                    />
                  </Form.Item>
                  <Button
                    icon={<DeleteOutlined />}
                    onClick={() => remove(field.name)}
                    aria-label={t('voting.council.removeMember')}
                  />
                </Flex>
              ))}
              <Button
                icon={<PlusOutlined />}
                onClick={() => add({ role: 'MEMBER' })}
                style={{ alignSelf: 'flex-start' }}
                data-testid="council-add-member"
              >
                {t('voting.council.addMember')}
              </Button>
            </Flex>
          )}
        </Form.List>
      </Form>
    </Modal>
  );
}
