import { useState } from 'react';
import { App, Checkbox, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AccountRole, AccountView } from '../../../api/types';
import { saveFailureMessages } from '../../../lib/formErrors';
import { FormModal } from '../../../components/FormModal';
import { UnitPicker } from '../../../components/UnitPicker';
import { present } from '../../../lib/present';
import { useCreateAccount, useRoleOptions, useUpdateAccount } from '../hooks';
import { ACCOUNT_ROLES, roleKey } from '../roles';

const FIELDS = ['username', 'fullName', 'email', 'unitId', 'position', 'roles'] as const;
const USERNAME = /^[a-z0-9][a-z0-9._-]{2,59}$/;

interface Values {
  username: string;
  fullName: string;
  email: string;
  unitId?: string;
  position?: string;
  roles: AccountRole[];
}

interface Props {
  /** the account to edit or re-assign; a new one otherwise */
  account?: AccountView;
  /** the unit a new account starts in (the list's unit filter) */
  unitId?: string;
  onClose: () => void;
}

/**
 * Create an account (the person gets an e-mail to set their password) or change one: name, e-mail, the unit they act
 * for, their roles. Only the roles the caller may give are offered.
 */
export function AccountFormModal({ account, unitId, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const create = useCreateAccount();
  const update = useUpdateAccount();
  const roleOptions = useRoleOptions();
  const [errors, setErrors] = useState<string[]>([]);
  const saving = create.isPending || update.isPending;
  const grantable = new Set((roleOptions.data ?? []).filter((o) => o.grantable).map((o) => o.role));

  const initialValues: Values = {
    username: account?.username ?? '',
    fullName: account?.fullName ?? '',
    email: account?.email ?? '',
    unitId: account?.unit?.id ?? unitId,
    position: account?.position ?? '',
    roles: account?.roles ?? ['UNIT_LEADER'],
  };

  const onFinish = async (v: Values) => {
    setErrors([]);
    const profile = {
      fullName: v.fullName.trim().replace(/\s+/g, ' '),
      email: v.email.trim(),
      unitId: present(v.unitId, 'unitId'),
      position: v.position?.trim() || undefined,
      roles: v.roles,
    };
    try {
      const saved = account
        ? await update.mutateAsync({ id: account.id, body: { ...profile, version: account.version } })
        : await create.mutateAsync({ ...profile, username: v.username.trim().toLowerCase() });
      if (account) {
        message.success(t('accounts.messages.updated', { name: saved.fullName }));
      } else if (saved.invitationError) {
        message.warning(t('accounts.messages.createdNotInvited', { name: saved.fullName }));
      } else {
        message.success(t('accounts.messages.created', { name: saved.fullName, email: saved.email }));
      }
      onClose();
    } catch (error) {
      setErrors(
        saveFailureMessages(form, error, t, {
          names: FIELDS,
          conflict: account ? t('accounts.form.conflict') : undefined,
        }),
      );
    }
  };

  return (
    <FormModal
      form={form}
      title={account ? t('accounts.form.editTitle', { username: account.username }) : t('accounts.form.createTitle')}
      onCancel={onClose}
      confirmLoading={saving}
      data-testid="account-form-modal"
      okButtonProps={{ 'data-testid': 'account-form-submit' }}
      errors={errors}
      errorsTitle={t('accounts.form.invalidTitle')}
    >
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={(v) => void onFinish(v)}
        disabled={saving}
      >
        {!account && (
          <Form.Item
            name="username"
            label={t('accounts.form.username')}
            extra={t('accounts.form.usernameHint')}
            rules={[
              { required: true, whitespace: true, message: t('accounts.form.usernameRequired') },
              { pattern: USERNAME, message: t('accounts.form.usernameRule') },
            ]}
          >
            <Input placeholder="nguyenvan.an" autoComplete="off" autoCapitalize="none" spellCheck={false} />
          </Form.Item>
        )}
        <Form.Item
          name="fullName"
          label={t('accounts.form.fullName')}
          rules={[
            { required: true, whitespace: true, message: t('accounts.form.fullNameRequired') },
            { pattern: /^\s*\S+(\s+\S+)+\s*$/, message: t('accounts.form.fullNameRule') },
            { max: 300 },
          ]}
        >
          <Input placeholder={t('accounts.form.fullNamePlaceholder')} autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="email"
          label={t('accounts.form.email')}
          extra={account ? undefined : t('accounts.form.emailHint')}
          rules={[
            { required: true, whitespace: true, message: t('accounts.form.emailRequired') },
            { type: 'email', message: t('accounts.form.emailRule') },
            { max: 255 },
          ]}
        >
          <Input type="email" inputMode="email" placeholder="ten@donvi.gov.vn" autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="unitId"
          label={t('accounts.form.unit')}
          rules={[{ required: true, message: t('accounts.form.unitRequired') }]}
        >
          <UnitPicker placeholder={t('accounts.form.unitPlaceholder')} data-testid="account-form-unit" />
        </Form.Item>
        <Form.Item name="position" label={t('accounts.form.position')} rules={[{ max: 300 }]}>
          <Input placeholder={t('accounts.form.positionPlaceholder')} autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="roles"
          label={t('accounts.form.roles')}
          // not "required": antd would set aria-required on the group, which a group may not carry
          rules={[
            {
              validator: (_, v: AccountRole[] | undefined) =>
                v?.length ? Promise.resolve() : Promise.reject(new Error(t('accounts.form.rolesRequired'))),
            },
          ]}
        >
          <Checkbox.Group style={{ display: 'flex', flexDirection: 'column', gap: 4 }}>
            {ACCOUNT_ROLES.map((role) => (
              <Checkbox key={role} value={role} disabled={roleOptions.isSuccess && !grantable.has(role)}>
                {t(roleKey(role))}
              </Checkbox>
            ))}
          </Checkbox.Group>
        </Form.Item>
        {roleOptions.isSuccess && grantable.size < ACCOUNT_ROLES.length && (
          <Typography.Text type="secondary">{t('accounts.form.rolesLimited')}</Typography.Text>
        )}
      </Form>
    </FormModal>
  );
}
