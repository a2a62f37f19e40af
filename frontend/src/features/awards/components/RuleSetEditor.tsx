import { useEffect } from 'react';
import {
  App,
  Button,
  Card,
  Checkbox,
  DatePicker,
  Drawer,
  Flex,
  Form,
  Input,
  InputNumber,
  Select,
  Typography,
} from 'antd';
import { useQuery, skipToken } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import dayjs, { type Dayjs } from 'dayjs';
import type { AwardRule, DossierKind, RuleSetInput } from '../../../api/types';
import { describeError } from '../../../api/errors';
import { useCurrentUser } from '../../../auth/currentUser';
import { UnitPicker } from '../../../components/UnitPicker';
import { createRuleSet, fetchRuleSet, reviseRuleSet } from '../api';
import { showProblemOnForm } from '../../../lib/formErrors';
import { useAwardAction, useAwardTypes } from '../hooks';
import { DOSSIER_KINDS, dossierKey } from '../labels';
import { RemoveRowButton } from '../../../components/RowButtons';

interface RuleValues {
  awardType: string;
  authority: string;
  councilVote: boolean;
  threshold?: number;
  denominator?: 'ALL_MEMBERS' | 'VOTES_CAST';
  requiredDocuments: DossierKind[];
  cashIndividual?: number;
  cashCollective?: number;
  cashHousehold?: number;
  legalSource?: string;
  prerequisites: AwardRule['prerequisites'];
  quota: AwardRule['quota'];
}

interface Values {
  code: string;
  name: string;
  legalSource: string;
  organizingUnitId: string;
  effective: [Dayjs, Dayjs | null];
  disclosureWorkingDays?: number;
  deadlineDay?: number;
  deadlineMonth?: number;
  rules: RuleValues[];
}

const toRuleValues = (r: AwardRule): RuleValues => ({
  awardType: r.awardType,
  authority: r.authority ?? '',
  councilVote: !!r.councilVote,
  threshold: r.threshold,
  denominator: r.denominator,
  requiredDocuments: r.requiredDocuments ?? [],
  cashIndividual: r.cash?.INDIVIDUAL,
  cashCollective: r.cash?.COLLECTIVE,
  cashHousehold: r.cash?.HOUSEHOLD,
  legalSource: r.legalSource,
  prerequisites: r.prerequisites ?? [],
  quota: r.quota,
});

const toRule = (v: RuleValues): AwardRule => ({
  awardType: v.awardType,
  authority: v.authority,
  councilVote: v.councilVote,
  threshold: v.councilVote ? v.threshold : undefined,
  denominator: v.councilVote ? v.denominator : undefined,
  requiredDocuments: v.requiredDocuments,
  cash: Object.fromEntries(
    (
      [
        ['INDIVIDUAL', v.cashIndividual],
        ['COLLECTIVE', v.cashCollective],
        ['HOUSEHOLD', v.cashHousehold],
      ] as const
    ).filter(([, x]) => x != null),
  ) as AwardRule['cash'],
  legalSource: v.legalSource,
  prerequisites: v.prerequisites,
  quota: v.quota,
});

/**
 * A province's own rule set on top of the decree: its dates, disclosure window, dossier deadline and, per
 * award, what it changes (authority, council vote, documents, cash). An award added starts from the rule in
 * force, prerequisites included.
 */
export function RuleSetEditor({
  ruleSetId,
  open,
  onClose,
}: {
  ruleSetId?: string;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const me = useCurrentUser();
  const types = useAwardTypes();
  const existing = useQuery({
    queryKey: ['awards', 'rule-set', ruleSetId ?? ''],
    queryFn: ruleSetId && open ? () => fetchRuleSet(ruleSetId) : skipToken,
  });
  const set = existing.data;
  const editable = !ruleSetId || !!set?.editable;
  const save = useAwardAction((body: RuleSetInput) =>
    ruleSetId ? reviseRuleSet(ruleSetId, body) : createRuleSet(body),
  );

  useEffect(() => {
    if (!open) return;
    if (set) {
      const [month, day] = set.settings?.dossierDeadline?.replace('--', '').split('-').map(Number) ?? [];
      form.setFieldsValue({
        code: set.code,
        name: set.name,
        legalSource: set.legalSource,
        organizingUnitId: set.organizingUnitId,
        effective: [dayjs(set.effectiveFrom), set.effectiveTo ? dayjs(set.effectiveTo) : null],
        disclosureWorkingDays: set.settings?.disclosureWorkingDays,
        deadlineDay: day,
        deadlineMonth: month,
        rules: (set.rules ?? []).map(toRuleValues),
      });
    } else if (!ruleSetId) {
      form.setFieldsValue({ organizingUnitId: me.data?.unitId, effective: [dayjs().startOf('year'), null], rules: [] });
    }
  }, [open, set, ruleSetId, me.data?.unitId, form]);

  const finish = (v: Values) => {
    const deadline =
      v.deadlineDay && v.deadlineMonth
        ? `--${String(v.deadlineMonth).padStart(2, '0')}-${String(v.deadlineDay).padStart(2, '0')}`
        : undefined;
    save.mutate(
      {
        code: v.code,
        name: v.name,
        legalSource: v.legalSource,
        organizingUnitId: v.organizingUnitId,
        effectiveFrom: v.effective[0].format('YYYY-MM-DD'),
        effectiveTo: v.effective[1]?.format('YYYY-MM-DD'),
        settings: { disclosureWorkingDays: v.disclosureWorkingDays, dossierDeadline: deadline },
        rules: (v.rules ?? []).map(toRule),
        version: set?.version,
      },
      {
        onSuccess: () => {
          message.success(t('awards.ruleSets.saved'));
          onClose();
        },
        onError: (e) => {
          if (!showProblemOnForm(form, e).fields.length) message.error(describeError(e, t));
        },
      },
    );
  };

  return (
    <Drawer
      open={open}
      onClose={onClose}
      width="min(900px, 100vw)"
      title={set?.name ?? t('awards.ruleSets.new')}
      destroyOnHidden
      extra={
        editable && (
          <Button type="primary" loading={save.isPending} onClick={() => form.submit()} data-testid="rule-set-save">
            {t('common.save')}
          </Button>
        )
      }
    >
      <Form form={form} layout="vertical" disabled={!editable} onFinish={finish}>
        <Flex gap={12} wrap>
          <Form.Item
            name="code"
            label={t('awards.ruleSets.code')}
            rules={[{ required: true, message: t('awards.form.required') }]}
            style={{ flex: '1 1 160px' }}
          >
            <Input maxLength={60} disabled={!!ruleSetId} />
          </Form.Item>
          <Form.Item
            name="organizingUnitId"
            label={t('awards.decisions.organizer')}
            rules={[{ required: true, message: t('awards.form.required') }]}
            style={{ flex: '2 1 260px' }}
          >
            <UnitPicker disabled={!!ruleSetId} />
          </Form.Item>
        </Flex>
        <Form.Item
          name="name"
          label={t('awards.ruleSets.name')}
          rules={[{ required: true, whitespace: true, message: t('awards.form.required') }]}
        >
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item
          name="legalSource"
          label={t('awards.catalog.source')}
          rules={[{ required: true, whitespace: true, message: t('awards.form.required') }]}
        >
          <Input maxLength={500} placeholder="Quyết định số …/2026/QĐ-UBND" />
        </Form.Item>
        <Flex gap={12} wrap>
          <Form.Item
            name="effective"
            label={t('awards.catalog.effective')}
            rules={[{ required: true, message: t('awards.form.required') }]}
          >
            <DatePicker.RangePicker format="DD/MM/YYYY" allowEmpty={[false, true]} />
          </Form.Item>
          <Form.Item name="disclosureWorkingDays" label={t('awards.ruleSets.disclosureDays')}>
            <InputNumber min={1} max={60} />
          </Form.Item>
          <Form.Item label={t('awards.ruleSets.deadline')} extra={t('awards.ruleSets.deadlineHelp')}>
            <Flex gap={4}>
              <Form.Item name="deadlineDay" noStyle>
                <InputNumber min={1} max={31} placeholder={t('awards.ruleSets.day')} />
              </Form.Item>
              <Form.Item name="deadlineMonth" noStyle>
                <InputNumber min={1} max={12} placeholder={t('awards.ruleSets.month')} />
              </Form.Item>
            </Flex>
          </Form.Item>
        </Flex>
        <Typography.Title level={5}>{t('awards.ruleSets.overrides')}</Typography.Title>
        <Form.List name="rules">
          {(fields, { add, remove }) => (
            <Flex vertical gap={12}>
              {fields.map((f) => (
                <RuleCard key={f.key} name={f.name} onRemove={() => remove(f.name)} />
              ))}
              {editable && (
                <Select
                  placeholder={t('awards.ruleSets.addAward')}
                  value={null}
                  showSearch={{ optionFilterProp: 'label' }}
                  options={(types.data ?? []).map((a) => ({ value: a.code, label: a.name }))}
                  onChange={(code: string) => {
                    const rule = types.data?.find((a) => a.code === code)?.rule;
                    if (rule) add(toRuleValues(rule));
                  }}
                />
              )}
            </Flex>
          )}
        </Form.List>
      </Form>
    </Drawer>
  );
}

function RuleCard({ name, onRemove }: { name: number; onRemove: () => void }) {
  const { t } = useTranslation();
  const types = useAwardTypes();
  const form = Form.useFormInstance<Values>();
  const code = Form.useWatch(['rules', name, 'awardType'], form);
  const vote = Form.useWatch(['rules', name, 'councilVote'], form);
  const prerequisites = Form.useWatch(['rules', name, 'prerequisites'], form) ?? [];
  return (
    <Card
      size="small"
      title={types.data?.find((a) => a.code === code)?.name ?? code}
      extra={<RemoveRowButton onClick={onRemove} label={t('awards.registrations.removeRow')} />}
    >
      <Form.Item name={[name, 'awardType']} hidden>
        <Input />
      </Form.Item>
      <Flex gap={12} wrap>
        <Form.Item
          name={[name, 'authority']}
          label={t('awards.decisions.authority')}
          rules={[{ required: true, message: t('awards.form.required') }]}
          style={{ flex: '2 1 240px' }}
        >
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name={[name, 'legalSource']} label={t('awards.catalog.source')} style={{ flex: '2 1 240px' }}>
          <Input maxLength={300} />
        </Form.Item>
      </Flex>
      <Flex gap={12} wrap align="flex-end">
        <Form.Item name={[name, 'councilVote']} valuePropName="checked">
          <Checkbox>{t('awards.catalog.vote')}</Checkbox>
        </Form.Item>
        {vote && (
          <>
            <Form.Item
              name={[name, 'threshold']}
              label={t('awards.ruleSets.threshold')}
              rules={[{ required: true, message: t('awards.form.required') }]}
            >
              <InputNumber min={1} max={100} addonAfter="%" />
            </Form.Item>
            <Form.Item
              name={[name, 'denominator']}
              label={t('awards.ruleSets.denominator')}
              rules={[{ required: true, message: t('awards.form.required') }]}
              style={{ minWidth: 200 }}
            >
              <Select
                options={[
                  { value: 'ALL_MEMBERS', label: t('awards.ruleSets.allMembers') },
                  { value: 'VOTES_CAST', label: t('awards.ruleSets.votesCast') },
                ]}
              />
            </Form.Item>
          </>
        )}
      </Flex>
      <Form.Item name={[name, 'requiredDocuments']} label={t('awards.catalog.documents')}>
        <Select mode="multiple" options={DOSSIER_KINDS.map((k) => ({ value: k, label: t(dossierKey(k)) }))} />
      </Form.Item>
      <Flex gap={12} wrap>
        <Form.Item name={[name, 'cashIndividual']} label={t('awards.ruleSets.cashIndividual')}>
          <InputNumber min={0} step={0.1} />
        </Form.Item>
        <Form.Item name={[name, 'cashCollective']} label={t('awards.ruleSets.cashCollective')}>
          <InputNumber min={0} step={0.1} />
        </Form.Item>
        <Form.Item name={[name, 'cashHousehold']} label={t('awards.ruleSets.cashHousehold')}>
          <InputNumber min={0} step={0.1} />
        </Form.Item>
      </Flex>
      {prerequisites.length > 0 && (
        <Typography.Text type="secondary">
          {t('awards.ruleSets.prerequisitesKept', { count: prerequisites.length })}
        </Typography.Text>
      )}
    </Card>
  );
}
