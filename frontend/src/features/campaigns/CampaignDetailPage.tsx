import { useState } from 'react';
import { App, Button, Flex, Grid, Popconfirm, Skeleton, Tabs, Tag, Typography } from 'antd';
import { ArrowLeftOutlined, EditOutlined, FilePdfOutlined, FileWordOutlined, SendOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { describeError } from '../../api/errors';
import { useSession } from '../../auth/session';
import { DownloadButton } from '../../components/DownloadButton';
import { ErrorState } from '../../components/ErrorState';
import { formatDate } from '../../lib/format';
import { useCampaign, useLaunchCampaign } from './hooks';
import { STATUS_COLORS, docTypeKey, kindKey, statusKey } from './labels';
import { CampaignFormModal } from './components/CampaignFormModal';
import { PlanTab } from './components/PlanTab';
import { RegistrationTab } from './components/RegistrationTab';
import { ReportsTab } from './components/ReportsTab';
import { DashboardTab } from './components/DashboardTab';
import { ReviewsTab } from './components/ReviewsTab';
import { ModelsTab } from './components/ModelsTab';
import { HonoursTab } from './components/HonoursTab';

const TABS = ['plan', 'registration', 'reports', 'dashboard', 'reviews', 'models', 'honours'] as const;
type TabKey = (typeof TABS)[number];

/** A campaign's page; its tabs are addressable (/campaigns/:id/registration is where the home task leads). */
export function CampaignDetailPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { campaignId = '', tab: tabParam } = useParams();
  const compact = !Grid.useBreakpoint().md;
  const { permissions } = useSession();
  const campaign = useCampaign(campaignId);
  const launch = useLaunchCampaign(campaignId);
  const [editing, setEditing] = useState(false);
  const tab: TabKey = (TABS as readonly string[]).includes(tabParam ?? '') ? (tabParam as TabKey) : 'plan';

  if (campaign.isPending) return <Skeleton active />;
  if (campaign.isError)
    return (
      <ErrorState title={t('campaigns.loadError')} error={campaign.error} onRetry={() => void campaign.refetch()} />
    );
  const c = campaign.data;
  const organizer = !!c.manageable;
  const launched = c.status !== 'DRAFT';
  const doc = c.launchDocument;
  const planFile = `${t(docTypeKey(doc?.type))} ${doc?.number?.replaceAll('/', '-') ?? ''}`;

  const doLaunch = async () => {
    try {
      const saved = await launch.mutateAsync(undefined);
      message.success(t('campaigns.messages.launched', { count: saved.unitsInScope ?? 0 }));
    } catch (e) {
      message.error(t('campaigns.messages.failed', { detail: describeError(e, t) }));
    }
  };

  const tabs = [
    { key: 'plan', label: t('campaigns.tabs.plan'), children: <PlanTab campaign={c} /> },
    launched &&
      (permissions.actForUnit || organizer) && {
        key: 'registration',
        label: t('campaigns.tabs.registration'),
        children: <RegistrationTab campaign={c} compact={compact} />,
      },
    launched &&
      (permissions.actForUnit || organizer) && {
        key: 'reports',
        label: t('campaigns.tabs.reports'),
        children: <ReportsTab campaign={c} compact={compact} />,
      },
    launched &&
      organizer && {
        key: 'dashboard',
        label: t('campaigns.tabs.dashboard'),
        children: <DashboardTab campaign={c} compact={compact} />,
      },
    launched && {
      key: 'reviews',
      label: t('campaigns.tabs.reviews'),
      children: <ReviewsTab campaign={c} compact={compact} />,
    },
    launched && { key: 'models', label: t('campaigns.tabs.models'), children: <ModelsTab campaign={c} /> },
    launched && {
      key: 'honours',
      label: t('campaigns.tabs.honours'),
      children: <HonoursTab campaign={c} compact={compact} />,
    },
  ].filter((x): x is { key: TabKey; label: string; children: React.JSX.Element } => !!x);

  return (
    <Flex vertical gap={16} data-testid="campaign-detail">
      <Link to="/campaigns">
        <ArrowLeftOutlined /> {t('campaigns.back')}
      </Link>
      <Flex justify="space-between" align="flex-start" gap={12} wrap>
        <Flex vertical gap={6} style={{ minWidth: 0, flex: '1 1 360px' }}>
          <Typography.Title level={3} style={{ margin: 0 }} data-testid="campaign-title">
            {c.title}
          </Typography.Title>
          <Flex gap={6} wrap>
            <Tag color={STATUS_COLORS[c.status ?? 'DRAFT']} data-testid="campaign-status">
              {t(statusKey(c.status))}
            </Tag>
            <Tag color="red">{t(kindKey(c.kind))}</Tag>
            {launched && <Tag>{t('campaigns.unitsInScope', { count: c.unitsInScope ?? 0 })}</Tag>}
            {(c.revision ?? 0) > 1 && <Tag color="orange">{t('campaigns.revision', { n: c.revision })}</Tag>}
          </Flex>
          {c.theme && <Typography.Text italic>“{c.theme}”</Typography.Text>}
          <Typography.Text type="secondary">
            {t('campaigns.documentLine', {
              type: t(docTypeKey(doc?.type)),
              number: doc?.number,
              date: formatDate(doc?.date),
              issuer: doc?.issuer,
            })}
          </Typography.Text>
          <Typography.Text type="secondary">
            {t('campaigns.periodLine', {
              from: formatDate(c.startsOn),
              to: formatDate(c.endsOn),
              deadline: formatDate(c.registrationDeadline),
            })}
          </Typography.Text>
        </Flex>
        <Flex gap={8} wrap>
          <DownloadButton
            path={`/api/v1/campaigns/${c.id}/plan.pdf`}
            filename={`${planFile}.pdf`}
            icon={<FilePdfOutlined />}
            data-testid="campaign-plan-pdf"
          >
            {t('common.downloadPdf')}
          </DownloadButton>
          <DownloadButton
            path={`/api/v1/campaigns/${c.id}/plan.docx`}
            filename={`${planFile}.docx`}
            icon={<FileWordOutlined />}
          >
            {t('common.downloadWord')}
          </DownloadButton>
          {organizer && c.status !== 'CLOSED' && (
            <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="campaign-edit">
              {t('campaigns.edit')}
            </Button>
          )}
          {organizer && c.status === 'DRAFT' && (
            <Popconfirm
              title={t('campaigns.launchConfirm')}
              onConfirm={() => void doLaunch()}
              okText={t('campaigns.launch')}
              cancelText={t('common.cancel')}
            >
              <Button type="primary" icon={<SendOutlined />} loading={launch.isPending} data-testid="campaign-launch">
                {t('campaigns.launch')}
              </Button>
            </Popconfirm>
          )}
        </Flex>
      </Flex>
      <Tabs
        activeKey={tab}
        onChange={(key) => navigate(`/campaigns/${campaignId}/${key}`, { replace: true })}
        items={tabs}
      />
      {editing && <CampaignFormModal campaign={c} onClose={() => setEditing(false)} />}
    </Flex>
  );
}
