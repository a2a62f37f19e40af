import { useState } from 'react';
import {
  Alert,
  App,
  Checkbox,
  Col,
  DatePicker,
  Divider,
  Form,
  Input,
  InputNumber,
  Row,
  Select,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { CampaignInput, CampaignKind, CampaignView, DocumentType, ScopeKind } from '../../../api/types';
import { UnitPicker } from '../../../components/UnitPicker';
import { fetchBlocs } from '../../blocs/api';
import { useCreateCampaign, useUpdateCampaign } from '../hooks';
import { saveFailureMessages } from '../../../lib/formErrors';
import { formField } from '../formFields';
import { CAMPAIGN_KINDS, DOCUMENT_TYPES, SCOPE_KINDS, docTypeKey, kindKey, scopeKey } from '../labels';
import { FormModal } from '../../../components/FormModal';
import { FormRows, GridCell } from '../../../components/FormRows';

interface TargetRow {
  name: string;
  unitOfMeasure: string;
  targetValue?: number | null;
  perUnit: boolean;
}

interface PeriodRow {
  name: string;
  startsOn?: Dayjs | null;
  endsOn?: Dayjs | null;
  closesOn?: Dayjs | null;
}

interface Values {
  organizingUnitId?: string;
  title: string;
  kind: CampaignKind;
  theme?: string;
  docNumber: string;
  docType: DocumentType;
  docDate?: Dayjs | null;
  docIssuer: string;
  docSigningFor?: string;
  docSignerPosition?: string;
  docSignerName?: string;
  startsOn?: Dayjs | null;
  endsOn?: Dayjs | null;
  registrationDeadline?: Dayjs | null;
  scopeKind: ScopeKind;
  scopeUnit?: string | null;
  scopeUnits?: string[];
  scopeBlocs?: string[];
  contents: string[];
  targets: TargetRow[];
  pledgeRules: string[];
  plannedAwards: { awardType: string; quantity?: number | null }[];
  periods: PeriodRow[];
  changeReason?: string;
}

const day = (d: Dayjs | null | undefined) => (d ? d.format('YYYY-MM-DD') : '');
const parse = (s: string | undefined) => (s ? dayjs(s) : null);

interface Props {
  campaign?: CampaignView;
  onClose: () => void;
  onSaved?: (campaign: CampaignView) => void;
}

/** Drafts a campaign or changes its plan (after launch: with a reason, as a new revision). */
export function CampaignFormModal({ campaign, onClose, onSaved }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const create = useCreateCampaign();
  const update = useUpdateCampaign(campaign?.id ?? '');
  const [errors, setErrors] = useState<string[]>([]);
  const saving = create.isPending || update.isPending;
  const launched = campaign?.status === 'LAUNCHED';
  const scopeKind = Form.useWatch('scopeKind', form);
  const blocs = useQuery({
    queryKey: ['blocs', 'options'],
    queryFn: () => fetchBlocs({ q: '', page: 0, size: 100 }),
    enabled: scopeKind === 'BLOCS',
  });
  const refs = campaign?.scope?.refs ?? [];

  const initialValues: Values = {
    organizingUnitId: campaign?.organizingUnitId,
    title: campaign?.title ?? '',
    kind: campaign?.kind ?? 'SPECIAL',
    theme: campaign?.theme ?? '',
    docNumber: campaign?.launchDocument?.number ?? '',
    docType: campaign?.launchDocument?.type ?? 'PLAN',
    docDate: parse(campaign?.launchDocument?.date),
    docIssuer: campaign?.launchDocument?.issuer ?? '',
    docSigningFor: campaign?.launchDocument?.signingFor ?? '',
    docSignerPosition: campaign?.launchDocument?.signerPosition ?? '',
    docSignerName: campaign?.launchDocument?.signerName ?? '',
    startsOn: parse(campaign?.startsOn),
    endsOn: parse(campaign?.endsOn),
    registrationDeadline: parse(campaign?.registrationDeadline),
    scopeKind: campaign?.scope?.kind ?? 'SUBTREE',
    scopeUnit: campaign?.scope?.kind === 'SUBTREE' ? refs[0] : null,
    scopeUnits: campaign?.scope?.kind === 'UNITS' ? refs : [],
    scopeBlocs: campaign?.scope?.kind === 'BLOCS' ? refs : [],
    contents: campaign?.contents?.map((c) => c.text ?? '') ?? [''],
    targets:
      campaign?.targets?.map((x) => ({
        name: x.name ?? '',
        unitOfMeasure: x.unitOfMeasure ?? '',
        targetValue: x.targetValue,
        perUnit: !!x.perUnit,
      })) ?? [],
    pledgeRules: campaign?.pledgeRules ?? [],
    plannedAwards: campaign?.plannedAwards?.map((a) => ({ awardType: a.awardType ?? '', quantity: a.quantity })) ?? [],
    periods:
      campaign?.periods?.map((p) => ({
        name: p.name ?? '',
        startsOn: parse(p.startsOn),
        endsOn: parse(p.endsOn),
        closesOn: parse(p.closesOn),
      })) ?? [],
  };

  const onFinish = async (v: Values) => {
    setErrors([]);
    const scopeRefs =
      v.scopeKind === 'SUBTREE'
        ? v.scopeUnit
          ? [v.scopeUnit]
          : []
        : v.scopeKind === 'UNITS'
          ? (v.scopeUnits ?? [])
          : (v.scopeBlocs ?? []);
    const body: CampaignInput = {
      organizingUnitId: campaign ? undefined : v.organizingUnitId,
      title: v.title.trim(),
      kind: v.kind,
      theme: v.theme?.trim() || undefined,
      launchDocument: {
        number: v.docNumber.trim(),
        type: v.docType,
        date: day(v.docDate),
        issuer: v.docIssuer.trim(),
        signingFor: v.docSigningFor?.trim() || undefined,
        signerPosition: v.docSignerPosition?.trim() || undefined,
        signerName: v.docSignerName?.trim() || undefined,
      },
      startsOn: day(v.startsOn),
      endsOn: day(v.endsOn),
      registrationDeadline: day(v.registrationDeadline),
      scope: { kind: v.scopeKind, refs: scopeRefs },
      contents: v.contents.map((c) => c.trim()),
      targets: v.targets.map((x) => ({
        name: x.name.trim(),
        unitOfMeasure: x.unitOfMeasure.trim(),
        targetValue: x.targetValue ?? undefined,
        perUnit: !!x.perUnit,
      })),
      pledgeRules: v.pledgeRules.map((r) => r.trim()),
      plannedAwards: v.plannedAwards.map((a) => ({ awardType: a.awardType.trim(), quantity: a.quantity ?? 0 })),
      reportingPeriods: v.periods.map((p) => ({
        name: p.name.trim(),
        startsOn: day(p.startsOn),
        endsOn: day(p.endsOn),
        closesOn: day(p.closesOn),
      })),
      version: campaign?.version,
      changeReason: v.changeReason?.trim() || undefined,
    };
    try {
      const saved = campaign?.id ? await update.mutateAsync(body) : await create.mutateAsync(body);
      message.success(
        t(campaign ? 'campaigns.messages.updated' : 'campaigns.messages.created', { title: saved.title }),
      );
      onSaved?.(saved);
      onClose();
    } catch (error) {
      setErrors(
        saveFailureMessages(form, error, t, {
          names: formField,
          conflict: campaign ? t('campaigns.form.conflict') : undefined,
        }),
      );
    }
  };

  const required = (key: 'campaigns.form.required' | 'campaigns.form.changeReasonRequired') => [
    { required: true, message: t(key) },
  ];

  return (
    <FormModal
      form={form}
      title={campaign ? t('campaigns.form.editTitle') : t('campaigns.form.createTitle')}
      onCancel={onClose}
      confirmLoading={saving}
      width={860}
      data-testid="campaign-form-modal"
      okButtonProps={{ 'data-testid': 'campaign-form-submit' }}
      errors={errors}
      errorsTitle={t('campaigns.form.invalidTitle')}
    >
      {launched && <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('campaigns.form.launchedHint')} />}
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={(v) => void onFinish(v)}
        disabled={saving}
        scrollToFirstError
      >
        {!campaign && (
          <Form.Item
            name="organizingUnitId"
            label={t('campaigns.form.organizer')}
            rules={required('campaigns.form.required')}
          >
            <UnitPicker placeholder={t('campaigns.form.organizerPlaceholder')} data-testid="campaign-form-organizer" />
          </Form.Item>
        )}
        <Form.Item
          name="title"
          label={t('campaigns.form.title')}
          rules={[...required('campaigns.form.required'), { max: 500 }]}
        >
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} data-testid="campaign-form-title" />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={24} md={10}>
            <Form.Item name="kind" label={t('campaigns.form.kind')} rules={required('campaigns.form.required')}>
              <Select options={CAMPAIGN_KINDS.map((k) => ({ value: k, label: t(kindKey(k)) }))} />
            </Form.Item>
          </Col>
          <Col xs={24} md={14}>
            <Form.Item name="theme" label={t('campaigns.form.theme')} rules={[{ max: 1000 }]}>
              <Input />
            </Form.Item>
          </Col>
        </Row>
        <Divider titlePlacement="start">{t('campaigns.form.document')}</Divider>
        <Row gutter={12}>
          <Col xs={24} md={8}>
            <Form.Item
              name="docNumber"
              label={t('campaigns.form.docNumber')}
              rules={[...required('campaigns.form.required'), { max: 100 }]}
            >
              <Input placeholder="3337/KH-CAT-PX03" autoComplete="off" data-testid="campaign-form-doc-number" />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item name="docType" label={t('campaigns.form.docType')} rules={required('campaigns.form.required')}>
              <Select options={DOCUMENT_TYPES.map((d) => ({ value: d, label: t(docTypeKey(d)) }))} />
            </Form.Item>
          </Col>
          <Col xs={12} md={10}>
            <Form.Item name="docDate" label={t('campaigns.form.docDate')} rules={required('campaigns.form.required')}>
              <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} data-testid="campaign-form-doc-date" />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="docIssuer"
          label={t('campaigns.form.docIssuer')}
          rules={[...required('campaigns.form.required'), { max: 300 }]}
        >
          <Input placeholder={t('campaigns.form.docIssuerPlaceholder')} data-testid="campaign-form-doc-issuer" />
        </Form.Item>
        <Row gutter={12}>
          <Col xs={24} md={6}>
            <Form.Item name="docSigningFor" label={t('campaigns.form.docSigningFor')} rules={[{ max: 100 }]}>
              <Input placeholder={t('campaigns.form.docSigningForPlaceholder')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="docSignerPosition" label={t('campaigns.form.docSignerPosition')} rules={[{ max: 300 }]}>
              <Input placeholder={t('campaigns.form.docSignerPositionPlaceholder')} />
            </Form.Item>
          </Col>
          <Col xs={24} md={10}>
            <Form.Item name="docSignerName" label={t('campaigns.form.docSignerName')} rules={[{ max: 300 }]}>
              <Input placeholder={t('campaigns.form.docSignerNamePlaceholder')} />
            </Form.Item>
          </Col>
        </Row>
        <Row gutter={12}>
          <Col xs={24} md={8}>
            <Form.Item name="startsOn" label={t('campaigns.form.startsOn')} rules={required('campaigns.form.required')}>
              <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} data-testid="campaign-form-starts" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="endsOn" label={t('campaigns.form.endsOn')} rules={required('campaigns.form.required')}>
              <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} data-testid="campaign-form-ends" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              name="registrationDeadline"
              label={t('campaigns.form.deadline')}
              rules={required('campaigns.form.required')}
            >
              <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} data-testid="campaign-form-deadline" />
            </Form.Item>
          </Col>
        </Row>
        <Divider titlePlacement="start">{t('campaigns.form.scope')}</Divider>
        <Form.Item
          name="scopeKind"
          label={t('campaigns.form.scopeKind')}
          rules={required('campaigns.form.required')}
          extra={launched ? t('campaigns.form.scopeLocked') : undefined}
        >
          <Select
            disabled={launched}
            options={SCOPE_KINDS.map((k) => ({ value: k, label: t(scopeKey(k)) }))}
            data-testid="campaign-form-scope-kind"
          />
        </Form.Item>
        {scopeKind === 'SUBTREE' && (
          <Form.Item name="scopeUnit" label={t('campaigns.form.scopeRoot')} rules={required('campaigns.form.required')}>
            <UnitPicker
              disabled={launched}
              placeholder={t('campaigns.form.scopeRootPlaceholder')}
              data-testid="campaign-form-scope-root"
            />
          </Form.Item>
        )}
        {scopeKind === 'UNITS' && (
          <Form.Item
            name="scopeUnits"
            label={t('campaigns.form.scopeUnits')}
            rules={required('campaigns.form.required')}
          >
            <UnitPicker
              multiple
              disabled={launched}
              placeholder={t('campaigns.form.scopeUnitsPlaceholder')}
              data-testid="campaign-form-scope-units"
            />
          </Form.Item>
        )}
        {scopeKind === 'BLOCS' && (
          <Form.Item
            name="scopeBlocs"
            label={t('campaigns.form.scopeBlocs')}
            rules={required('campaigns.form.required')}
          >
            <Select
              mode="multiple"
              disabled={launched}
              loading={blocs.isPending}
              optionFilterProp="label"
              options={(blocs.data?.items ?? []).map((b) => ({ value: b.id, label: b.name }))}
            />
          </Form.Item>
        )}

        <Divider titlePlacement="start">{t('campaigns.form.contents')}</Divider>
        <FormRows
          name="contents"
          newRow={''}
          addLabel={t('campaigns.form.addContent')}
          removeLabel={t('campaigns.form.remove')}
          addTestId="campaign-form-add-content"
          align="flex-start"
        >
          {(f, i) => (
            <>
              <Typography.Text strong style={{ paddingTop: 5, minWidth: 64 }}>
                {t('campaigns.form.contentNumber', { n: i + 1 })}
              </Typography.Text>
              <Form.Item
                name={f.name}
                rules={[{ required: true, whitespace: true, message: t('campaigns.form.required') }, { max: 4000 }]}
                style={{ flex: 1, marginBottom: 8 }}
              >
                <Input.TextArea
                  autoSize={{ minRows: 1, maxRows: 4 }}
                  aria-label={t('campaigns.form.contentNumber', { n: i + 1 })}
                  data-testid="campaign-form-content"
                />
              </Form.Item>
            </>
          )}
        </FormRows>

        <Divider titlePlacement="start">{t('campaigns.form.targets')}</Divider>
        <FormRows
          name="targets"
          newRow={{ name: '', unitOfMeasure: '', perUnit: false }}
          addLabel={t('campaigns.form.addTarget')}
          removeLabel={t('campaigns.form.remove')}
          addTestId="campaign-form-add-target"
          grid={{ xs: 2, md: 1 }}
          rowTestId="campaign-form-target"
        >
          {(f, i) => (
            <>
              <GridCell
                span={{ xs: 24, md: 10 }}
                first={i === 0}
                label={t('campaigns.form.targetName')}
                name={[f.name, 'name']}
                rules={[{ required: true, whitespace: true, message: t('campaigns.form.required') }]}
              >
                <Input placeholder={t('campaigns.form.targetName')} data-testid="target-name" />
              </GridCell>
              <GridCell
                span={{ xs: 8, md: 4 }}
                first={i === 0}
                label={t('campaigns.form.targetUnit')}
                name={[f.name, 'unitOfMeasure']}
                rules={[{ required: true, whitespace: true, message: t('campaigns.form.required') }]}
              >
                <Input placeholder={t('campaigns.form.targetUnit')} data-testid="target-unit" />
              </GridCell>
              <GridCell
                span={{ xs: 8, md: 4 }}
                first={i === 0}
                label={t('campaigns.form.targetValue')}
                name={[f.name, 'targetValue']}
              >
                <InputNumber min={0} decimalSeparator="," style={{ width: '100%' }} data-testid="target-value" />
              </GridCell>
              <GridCell
                span={{ xs: 6, md: 5 }}
                first={i === 0}
                label=" "
                name={[f.name, 'perUnit']}
                valuePropName="checked"
              >
                <Checkbox data-testid="target-per-unit">{t('campaigns.form.perUnit')}</Checkbox>
              </GridCell>
            </>
          )}
        </FormRows>

        <Divider titlePlacement="start">{t('campaigns.form.pledgeRules')}</Divider>
        <FormRows
          name="pledgeRules"
          newRow={''}
          addLabel={t('campaigns.form.addPledgeRule')}
          removeLabel={t('campaigns.form.remove')}
          addTestId="campaign-form-add-pledge-rule"
        >
          {(f) => (
            <>
              <Form.Item
                name={f.name}
                rules={[{ required: true, whitespace: true, message: t('campaigns.form.required') }]}
                style={{ flex: 1, marginBottom: 8 }}
              >
                <Input
                  placeholder={t('campaigns.form.pledgeRulePlaceholder')}
                  data-testid="campaign-form-pledge-rule"
                />
              </Form.Item>
            </>
          )}
        </FormRows>

        <Divider titlePlacement="start">{t('campaigns.form.plannedAwards')}</Divider>
        <FormRows
          name="plannedAwards"
          newRow={{ awardType: '', quantity: 1 }}
          addLabel={t('campaigns.form.addAward')}
          removeLabel={t('campaigns.form.remove')}
          addTestId="campaign-form-add-award"
        >
          {(f) => (
            <>
              <Form.Item
                name={[f.name, 'awardType']}
                rules={[{ required: true, whitespace: true, message: t('campaigns.form.required') }]}
                style={{ flex: 1, marginBottom: 8 }}
              >
                <Input placeholder={t('campaigns.form.awardTypePlaceholder')} data-testid="planned-award-type" />
              </Form.Item>
              <Form.Item
                name={[f.name, 'quantity']}
                rules={[{ required: true, message: t('campaigns.form.required') }]}
                style={{ width: 110, marginBottom: 8 }}
              >
                <InputNumber
                  min={1}
                  placeholder={t('campaigns.form.quantity')}
                  style={{ width: '100%' }}
                  data-testid="planned-award-quantity"
                />
              </Form.Item>
            </>
          )}
        </FormRows>

        <Divider titlePlacement="start">{t('campaigns.form.periods')}</Divider>
        <FormRows
          name="periods"
          newRow={{ name: '' }}
          addLabel={t('campaigns.form.addPeriod')}
          removeLabel={t('campaigns.form.remove')}
          addTestId="campaign-form-add-period"
          grid={{ xs: 24, md: 2 }}
          rowTestId="campaign-form-period"
        >
          {(f, i) => (
            <>
              <GridCell
                span={{ xs: 24, md: 7 }}
                first={i === 0}
                label={t('campaigns.form.periodName')}
                name={[f.name, 'name']}
                rules={[{ required: true, whitespace: true, message: t('campaigns.form.required') }]}
              >
                <Input placeholder={t('campaigns.form.periodPlaceholder')} data-testid="period-name" />
              </GridCell>
              {(['startsOn', 'endsOn', 'closesOn'] as const).map((k) => (
                <GridCell
                  key={k}
                  span={{ xs: 8, md: 5 }}
                  first={i === 0}
                  label={t(`campaigns.form.period_${k}`)}
                  name={[f.name, k]}
                  rules={[{ required: true, message: t('campaigns.form.required') }]}
                >
                  <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} data-testid={`period-${k}`} />
                </GridCell>
              ))}
            </>
          )}
        </FormRows>

        {launched && (
          <Form.Item
            name="changeReason"
            label={t('campaigns.form.changeReason')}
            rules={[...required('campaigns.form.changeReasonRequired'), { max: 1000 }]}
            style={{ marginTop: 16 }}
          >
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} data-testid="campaign-form-reason" />
          </Form.Item>
        )}
      </Form>
    </FormModal>
  );
}
